namespace SocialInsurance.Engine.Benchmarks;

/// <summary><c>--dump-sql</c>: the SQL the engine sends for one run of workflow A and one of B, to count its rows per step.</summary>
internal static class SqlDump
{
    public static async Task<int> RunAsync()
    {
        await using var engine = await EngineDriver.CreateAsync("/tmp/bench-dump.db", "NORMAL", logSql: true);
        Console.WriteLine("==== A start");
        var id = await engine.StartAsync("benchUserTask", "bk-1");
        var tasks = await engine.TaskIdsAsync([id]);
        Console.WriteLine("==== A complete");
        await engine.CompleteAsync(tasks[0]);
        Console.WriteLine("==== B start");
        await engine.StartAsync("benchMessage", "bk-2");
        Console.WriteLine("==== B correlate");
        await engine.CorrelateAsync("bk-2");
        Console.WriteLine("==== end");
        return 0;
    }
}
