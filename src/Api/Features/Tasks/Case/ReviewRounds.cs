using System.Text.Json.Nodes;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>
/// Earlier review rounds, read from the journal: every completed user task whose submitted data holds a decision is
/// a round (the Completed entry carries the form's data). The actor of that entry is the reviewer who completed it.
/// </summary>
internal static class ReviewRounds
{
    public static IReadOnlyList<ReviewRound> From(IEnumerable<JournalEntry> journal)
    {
        var rounds = new List<ReviewRound>();
        foreach (var entry in journal.Where(e => e is { ElementType: "userTask", Event: JournalEvents.Completed }).OrderBy(e => e.At).ThenBy(e => e.Sequence))
        {
            if (Parse(entry.Data) is not { } data || Text(data, CaseProcess.Variables.Decision) is not { } decision)
            {
                continue;
            }

            var missing = data[CaseProcess.Variables.MissingMaterials] is JsonArray kinds && decision == CaseProcess.Decisions.Supplement
                ? kinds.Select(k => k is JsonValue v && v.TryGetValue<string>(out var code) ? code : null).OfType<string>().Select(Material).ToList()
                : [];
            rounds.Add(new ReviewRound(rounds.Count + 1, CaseTerms.Decision(decision), Text(data, CaseProcess.Variables.Comment), missing, entry.Actor, entry.At));
        }

        return rounds;
    }

    /// <summary>What the applicant attached and when they resubmitted after the last round; null before the first round.</summary>
    public static CaseChanges? SinceLast(IReadOnlyList<ReviewRound> rounds, Application application)
    {
        if (rounds.Count == 0)
        {
            return null;
        }

        var last = rounds[^1];
        var requested = last.MissingMaterials.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var attached = application.Materials.Where(m => m.AttachedAt > last.DecidedAt).OrderBy(m => m.AttachedAt)
            .Select(m => new ChangedMaterial(CaseTerms.Of(m.Kind), m.FileName, m.AttachedAt, requested.Contains(m.Kind.ToString())))
            .ToList();
        var resubmitted = application.History.LastOrDefault(h => h.To == ApplicationStatus.Submitted && h.At > last.DecidedAt)?.At;
        var allProvided = requested.All(code => attached.Any(a => a.Kind.Code == code));
        return new CaseChanges(last.DecidedAt, attached, resubmitted, allProvided);
    }

    private static Named Material(string code) =>
        Enum.TryParse<MaterialKind>(code, ignoreCase: false, out var kind) && Enum.IsDefined(kind) ? CaseTerms.Of(kind) : new(code, code, code);

    private static JsonObject? Parse(string? data)
    {
        if (data is null)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(data) as JsonObject;
            return node?["variables"] as JsonObject ?? node;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
