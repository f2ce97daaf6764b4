using System.Text.Json.Nodes;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>One automatic check as <c>application.validate</c> recorded it: <c>passed</c>, <c>failed</c> or <c>notApplicable</c>, with its reason.</summary>
public sealed record CheckLine(string Code, string Outcome, string Zh, string En);

/// <summary>
/// The checklist of the automatic checks, read from the process variable <c>checks</c>. Instances started before
/// the validation wrote it have none: then <see cref="Recorded"/> is false and nothing is derived — a reviewer must
/// not take a re-computed guess for what the process checked at the time.
/// </summary>
public sealed record CaseChecks(bool Recorded, IReadOnlyList<CheckLine> Items, string? NoteZh, string? NoteEn)
{
    public const string Variable = CaseProcess.Variables.Checks;

    private static readonly HashSet<string> Outcomes = new(StringComparer.Ordinal) { "passed", "failed", "notApplicable" };

    public static CaseChecks From(JsonObject variables)
    {
        if (variables[Variable] is not JsonArray array)
        {
            return new CaseChecks(false, [], "本案件的流程未记录自动校验结果（早于校验清单的案件），请人工核对。",
                "The process did not record its automatic checks for this case (it predates the checklist); check by hand.");
        }

        var items = array.OfType<JsonObject>()
            .Select(line => new CheckLine(Text(line, "code"), Text(line, "outcome"), Text(line, "zh"), Text(line, "en")))
            .Where(line => line.Code.Length > 0 && Outcomes.Contains(line.Outcome))
            .ToList();
        return new CaseChecks(true, items, null, null);
    }

    private static string Text(JsonObject line, string name) =>
        line[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}

/// <summary>
/// A finished review of this case: the decision, the comment the applicant read, the materials asked for, who
/// decided and when (from the journal's completed review tasks; the reviewer's user name is for staff only).
/// </summary>
public sealed record ReviewRound(int Round, Named Decision, string? Comment, IReadOnlyList<Named> MissingMaterials, string? DecidedBy, DateTimeOffset DecidedAt);

/// <summary>What the applicant did after the last round: materials attached since, and when they resubmitted.</summary>
public sealed record CaseChanges(DateTimeOffset Since, IReadOnlyList<ChangedMaterial> MaterialsAttached, DateTimeOffset? ResubmittedAt, bool RequestedAllProvided);

public sealed record ChangedMaterial(Named Kind, string FileName, DateTimeOffset AttachedAt, bool WasRequested);
