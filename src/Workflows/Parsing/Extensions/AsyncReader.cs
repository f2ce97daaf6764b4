using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Parsing.Extensions;

internal static partial class AsyncReader
{
    public static AsyncSettings Read(XElement element, ReaderContext context, ExtensionValues extensions)
    {
        var before = element.IsTrue(BpmnNamespaces.Camunda + "asyncBefore") || element.IsTrue(BpmnNamespaces.Camunda + "async");
        if (extensions.RetryTimeCycle is not { } text)
            return before ? new AsyncSettings(true, RetryCycle.Default) : AsyncSettings.None;

        if (TryParseRetryCycle(text, out var cycle))
            return new AsyncSettings(before, cycle);

        context.Report(element, "invalid-retry-cycle",
            $"Expected camunda:failedJobRetryTimeCycle as R{{n}}/{{ISO 8601 duration}} such as R5/PT1M, but found '{text}'");
        return before ? new AsyncSettings(true, RetryCycle.Default) : AsyncSettings.None;
    }

    /// <summary>
    /// Only the bounded form: Camunda's comma-separated interval lists and unbounded <c>R/</c> cycles would retry
    /// differently from what <see cref="RetryCycle"/> can express.
    /// </summary>
    public static bool TryParseRetryCycle(string text, out RetryCycle cycle)
    {
        cycle = RetryCycle.Default;
        var match = RetryPattern().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var retries)
            || !Iso8601.TryParseDuration(match.Groups[2].Value, out var duration) || !duration.IsPositive
            || !duration.TryToFixedLength(out var interval))
            return false;
        cycle = new RetryCycle(retries, interval);
        return true;
    }

    [GeneratedRegex(@"^R(\d{1,4})/(P[^/,]+)$")]
    private static partial Regex RetryPattern();
}
