using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>
/// Standard BPMN resource roles on a user task, read as Camunda 7 reads them: a <c>humanPerformer</c> is the
/// assignee; a <c>potentialOwner</c> (and the generic <c>performer</c>) lists <c>user(x)</c> and <c>group(y)</c>,
/// a bare name being a group. Only the <c>resourceAssignmentExpression</c> counts: a <c>resourceRef</c> names a
/// modeller's resource that carries no user or group this engine could offer the task to.
/// </summary>
internal static partial class HumanPerformers
{
    public static readonly string[] ElementNames = ["potentialOwner", "humanPerformer", "performer"];

    public sealed record Roles(string? Assignee, IReadOnlyList<string> Users, IReadOnlyList<string> Groups);

    public static Roles Read(XElement element, ReaderContext context)
    {
        string? assignee = null;
        var users = new List<string>();
        var groups = new List<string>();
        foreach (var role in element.Elements().Where(e => e.Name.Namespace == BpmnNamespaces.Bpmn && ElementNames.Contains(e.Name.LocalName)))
        {
            var expression = BpmnElement.NullIfBlank(role
                .Elements(BpmnNamespaces.Bpmn + "resourceAssignmentExpression")
                .Elements(BpmnNamespaces.Bpmn + "formalExpression")
                .FirstOrDefault()?.Value);
            if (expression is null)
            {
                context.Report(element, "invalid-performer",
                    $"Expected a resourceAssignmentExpression with a formalExpression in {role.Name.LocalName}, but found none (a resourceRef alone names nobody the task can be offered to)");
                continue;
            }

            var entries = Entries(expression);
            if (role.Name.LocalName == "humanPerformer")
            {
                if (entries.Count != 1 || entries[0].Kind == "group")
                    context.Report(element, "invalid-performer",
                        $"Expected one user in humanPerformer (it becomes the assignee), but found '{expression}'");
                else
                    assignee = entries[0].Value;
                continue;
            }

            foreach (var (kind, value) in entries)
                (kind == "user" ? users : groups).Add(value);
        }

        return new Roles(assignee, users, groups);
    }

    /// <summary>
    /// An expression (<c>${...}</c>) is kept whole and resolved when the task is created; anything else is a
    /// comma-separated list of <c>user(x)</c>, <c>group(y)</c> or bare names.
    /// </summary>
    private static List<(string Kind, string Value)> Entries(string expression)
    {
        if (expression.Contains("${", StringComparison.Ordinal) || expression.Contains("#{", StringComparison.Ordinal))
            return [("", expression)];
        return [.. expression.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => Prefixed().Match(entry) is { Success: true } match
                ? (match.Groups[1].Value, match.Groups[2].Value.Trim())
                : ("", entry))];
    }

    [GeneratedRegex(@"^(user|group)\((.*)\)$")]
    private static partial Regex Prefixed();
}
