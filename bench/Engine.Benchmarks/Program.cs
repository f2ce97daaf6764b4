using System.Globalization;
using SocialInsurance.Engine.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = new BenchOptions(args);
if (options.Has("--dump-sql"))
{
    return await SqlDump.RunAsync();
}

if (options.Has("--signal"))
{
    return await SignalBroadcastRun.RunAsync(options);
}

var comparison = new Comparison(options);
comparison.WriteHeader();
for (var round = 1; round <= options.Repeat; round++)
{
    comparison.Round = round;
    foreach (var engineName in options.Only)
    {
        switch (engineName)
        {
            case "engine":
                await comparison.RunEngineAsync();
                break;
            case "baseline":
                await comparison.RunBaselineAsync();
                break;
            case "wfc":
                await comparison.RunWorkflowCoreAsync();
                break;
        }
    }
}

ResultsReport.Write(comparison.Results, options.ResultsDir);
return 0;
