using System.Globalization;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Incidents;

/// <summary>Any failure of an element as an incident's cause: the engine's own, a script's or expression's, or anything else its code threw.</summary>
internal static class IncidentCauses
{
    public static IncidentCause Of(FlowNode node, Exception error) => error switch
    {
        IncidentException incident => incident.Cause,
        ExpressionException expression => Of(expression),
        // Dates, durations and cycles (timers, due dates) are read in Model/Timers, which knows no incidents: its message says what it expected.
        FormatException => IncidentCodes.DateOrDurationInvalid.Cause($"{node.ElementType} '{node.Id}': {error.Message}", error.Message),
        _ => IncidentCodes.ElementFailed.Cause(
            $"{node.ElementType} '{node.Id}' failed: {error.GetType().Name}: {error.Message}", error.GetType().Name, error.Message),
    };

    /// <summary>A job out of retries: the cause of its last failure when the engine knows it, else the job's own error text.</summary>
    public static IncidentCause OfJob(FlowNode node, Exception error, int attempts, string retryCycle)
    {
        var message = $"{node.ElementType} '{node.Id}' failed {attempts} time(s), retries exhausted ({retryCycle}): {error.Message}";
        var cause = Of(node, error);
        return cause.Code == IncidentCodes.ElementFailed.Code
            ? IncidentCodes.JobFailed.Cause(message, attempts.ToString(CultureInfo.InvariantCulture), error.Message)
            : cause with { Message = message };
    }

    private static IncidentCause Of(ExpressionException error)
    {
        var expression = ExpressionText.Shorten(error.Expression);
        var detail = error.Detail ?? error.Message;
        return error.Kind switch
        {
            ExpressionErrorKind.Syntax when error.IsScript => IncidentCodes.ScriptSyntax.Cause(error.Message, detail),
            ExpressionErrorKind.Syntax => IncidentCodes.ExpressionSyntax.Cause(error.Message, expression, detail),
            ExpressionErrorKind.Timeout => IncidentCodes.TimeLimit.Cause(error.Message, error.Limit),
            ExpressionErrorKind.Memory => IncidentCodes.MemoryLimit.Cause(error.Message, error.Limit),
            ExpressionErrorKind.StatementLimit => IncidentCodes.StatementLimit.Cause(error.Message, error.Limit),
            ExpressionErrorKind.Recursion => IncidentCodes.RecursionLimit.Cause(error.Message, error.Limit),
            _ when error.IsScript => IncidentCodes.ScriptFailed.Cause(error.Message, detail),
            _ => IncidentCodes.ExpressionFailed.Cause(error.Message, expression, detail),
        };
    }
}
