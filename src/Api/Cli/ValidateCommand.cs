using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Api.Cli;

/// <summary>
/// <c>validate file.bpmn ...</c>: the deploy-time checks without deploying, for modelers and CI. Exit code 1 when any
/// file has a problem, so a pipeline can gate on it.
/// </summary>
public static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> files, TextWriter output)
    {
        var parser = new BpmnParser();
        var failed = false;
        foreach (var file in files)
        {
            var problems = Problems(parser, file);
            failed |= problems.Count > 0;
            if (problems.Count == 0)
            {
                output.WriteLine($"{file}: ok");
                continue;
            }
            output.WriteLine($"{file}:");
            foreach (var problem in problems)
                output.WriteLine($"  {problem}");
        }
        return failed ? 1 : 0;
    }

    private static List<string> Problems(BpmnParser parser, string file)
    {
        ParseResult result;
        try
        {
            using var stream = File.OpenRead(file);
            result = parser.Parse(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return [$" (file): Expected a readable file, but {e.Message}"];
        }
        return result.Issues.Select(i => $"{i.ElementId} ({i.ElementType}): {i.Message}").ToList();
    }
}
