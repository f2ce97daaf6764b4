using System.Text.Json.Nodes;

namespace SocialInsurance.Workflows.Decisions.Evaluation;

/// <summary>
/// What a decision table gave: one entry per hit (output name → value), in the order the hit policy defines, and the
/// ids of the rules that matched (for the evaluate screen and the journal of a test). As in Camunda 7, a COLLECT
/// table with an aggregation gives one entry holding the aggregate.
/// </summary>
public sealed record DecisionResult(string DecisionId, IReadOnlyList<IReadOnlyDictionary<string, object?>> Entries, IReadOnlyList<string> MatchedRules)
{
    public JsonArray ToJson() => [.. Entries.Select(EntryToJson)];

    public static JsonObject EntryToJson(IReadOnlyDictionary<string, object?> entry)
    {
        var json = new JsonObject();
        foreach (var (name, value) in entry)
            json[name] = DecisionValues.ToJson(value);
        return json;
    }
}
