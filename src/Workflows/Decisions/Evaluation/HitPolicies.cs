using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Decisions.Parsing;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Decisions.Evaluation;

/// <summary>
/// Which hits make the result, per hit policy (Camunda 7's semantics for UNIQUE, FIRST, ANY, RULE ORDER and COLLECT;
/// the DMN 1.3 specification's for PRIORITY and OUTPUT ORDER, which Camunda 7 does not have).
/// </summary>
internal static class HitPolicies
{
    public static (IReadOnlyList<IReadOnlyDictionary<string, object?>> Entries, IReadOnlyList<DecisionRule> Rules) Apply(Decision decision, List<Hit> hits)
    {
        var table = decision.Table;
        switch (table.HitPolicy)
        {
            case HitPolicy.Unique when hits.Count > 1:
                throw Violation(decision, $"at most one matching rule, but {hits.Count} rules match ({Ids(hits)})");
            case HitPolicy.Any when hits.Skip(1).Any(h => !SameOutputs(h.Outputs, hits[0].Outputs)):
                throw Violation(decision, $"matching rules with equal outputs, but rules {Ids(hits)} match with different outputs");
            case HitPolicy.Unique or HitPolicy.Any or HitPolicy.First:
                return Take(hits.Take(1));
            case HitPolicy.Priority:
                return Take(ByPriority(table, hits).Take(1));
            case HitPolicy.OutputOrder:
                return Take(ByPriority(table, hits));
            case HitPolicy.Collect when table.Aggregation != CollectAggregation.None:
                return Aggregate(decision, hits);
            default:
                return Take(hits);
        }
    }

    private static (IReadOnlyList<IReadOnlyDictionary<string, object?>>, IReadOnlyList<DecisionRule>) Take(IEnumerable<Hit> hits)
    {
        var list = hits.ToList();
        return ([.. list.Select(h => h.Outputs)], [.. list.Select(h => h.Rule)]);
    }

    /// <summary>
    /// Highest priority first: an output value earlier in its column's output values ranks higher, columns compared
    /// left to right; a value not listed ranks last; equal ranks keep rule order (the sort is stable).
    /// </summary>
    private static IEnumerable<Hit> ByPriority(DecisionTable table, List<Hit> hits) =>
        hits.OrderBy(h => h, Comparer<Hit>.Create((a, b) =>
        {
            foreach (var output in table.Outputs.Where(o => o.PriorityValues.Count > 0))
            {
                var order = Rank(output, a).CompareTo(Rank(output, b));
                if (order != 0)
                    return order;
            }

            return 0;
        }));

    private static int Rank(OutputClause output, Hit hit)
    {
        var value = hit.Outputs.GetValueOrDefault(output.Name);
        for (var i = 0; i < output.PriorityValues.Count; i++)
        {
            if (FeelComparison.AreEqual(value, output.PriorityValues[i]) == true)
                return i;
        }

        return int.MaxValue;
    }

    /// <summary>
    /// One entry named by the only output. Null outputs are skipped; COUNT of nothing is 0, while SUM, MIN and MAX of
    /// nothing give no entry at all (there is no value to report). SUM, MIN and MAX need numbers.
    /// </summary>
    private static (IReadOnlyList<IReadOnlyDictionary<string, object?>>, IReadOnlyList<DecisionRule>) Aggregate(Decision decision, List<Hit> hits)
    {
        var table = decision.Table;
        var name = table.Outputs[0].Name;
        var values = hits.Select(h => h.Outputs[name]).Where(v => v is not null).ToList();
        var rules = hits.Select(h => h.Rule).ToList();
        if (table.Aggregation == CollectAggregation.Count)
            return ([new Dictionary<string, object?> { [name] = (decimal)values.Count }], rules);
        if (values.Count == 0)
            return ([], rules);
        if (values.FirstOrDefault(v => v is not decimal) is { } notNumber)
            throw Violation(decision, $"numbers to aggregate with {table.Aggregation.ToString().ToUpperInvariant()}, but found {DecisionValues.Describe(notNumber)}");
        var numbers = values.Cast<decimal>().ToList();
        decimal aggregate = table.Aggregation switch
        {
            CollectAggregation.Sum => numbers.Sum(),
            CollectAggregation.Min => numbers.Min(),
            _ => numbers.Max(),
        };
        return ([new Dictionary<string, object?> { [name] = aggregate }], rules);
    }

    private static bool SameOutputs(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
        a.All(p => FeelComparison.AreEqual(p.Value, b.GetValueOrDefault(p.Key)) == true);

    private static string Ids(List<Hit> hits) => string.Join(", ", hits.Select(h => h.Rule.Id));

    private static DecisionEvaluationException Violation(Decision decision, string expected) =>
        new($"Expected {expected} for hit policy {DecisionTableReader.Name(decision.Table.HitPolicy)} of decision '{decision.Id}'");
}
