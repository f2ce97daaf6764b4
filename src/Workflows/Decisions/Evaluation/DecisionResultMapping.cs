using System.Text.Json.Nodes;

namespace SocialInsurance.Workflows.Decisions.Evaluation;

/// <summary><c>camunda:mapDecisionResult</c>: how a business rule task turns a decision result into one variable.</summary>
public enum DecisionResultMapping
{
    /// <summary>Every hit as an object of output name → value (the default).</summary>
    ResultList,

    /// <summary>The only hit as an object, or null; more than one hit is an error.</summary>
    SingleResult,

    /// <summary>The only output of the only hit, or null; more than one hit or output is an error.</summary>
    SingleEntry,

    /// <summary>The only output of every hit, as a list; a hit with more than one output is an error.</summary>
    CollectEntries,
}

public static class DecisionResultMappings
{
    public static DecisionResultMapping? Parse(string? text) => text switch
    {
        null or "resultList" => DecisionResultMapping.ResultList,
        "singleResult" => DecisionResultMapping.SingleResult,
        "singleEntry" => DecisionResultMapping.SingleEntry,
        "collectEntries" => DecisionResultMapping.CollectEntries,
        _ => null,
    };

    public static JsonNode? Map(DecisionResult result, DecisionResultMapping mapping)
    {
        var entries = result.Entries;
        switch (mapping)
        {
            case DecisionResultMapping.SingleResult:
                return Single(result, "singleResult") is { } entry ? DecisionResult.EntryToJson(entry) : null;
            case DecisionResultMapping.SingleEntry:
                if (Single(result, "singleEntry") is not { } only)
                    return null;
                return only.Count switch
                {
                    0 => null,
                    1 => DecisionValues.ToJson(only.Values.First()),
                    _ => throw new DecisionEvaluationException(
                        $"Expected one output for mapDecisionResult singleEntry of decision '{result.DecisionId}', but the result has {only.Count} ({string.Join(", ", only.Keys)})"),
                };
            case DecisionResultMapping.CollectEntries:
                if (entries.FirstOrDefault(e => e.Count > 1) is { } wide)
                    throw new DecisionEvaluationException(
                        $"Expected one output per hit for mapDecisionResult collectEntries of decision '{result.DecisionId}', but a hit has {wide.Count} ({string.Join(", ", wide.Keys)})");
                return new JsonArray([.. entries.Select(e => DecisionValues.ToJson(e.Values.FirstOrDefault()))]);
            default:
                return result.ToJson();
        }
    }

    private static IReadOnlyDictionary<string, object?>? Single(DecisionResult result, string mapping) => result.Entries.Count switch
    {
        0 => null,
        1 => result.Entries[0],
        var n => throw new DecisionEvaluationException(
            $"Expected at most one hit for mapDecisionResult {mapping} of decision '{result.DecisionId}', but there are {n} (rules {string.Join(", ", result.MatchedRules)})"),
    };
}
