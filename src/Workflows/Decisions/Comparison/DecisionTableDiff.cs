using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Decisions.Parsing;

namespace SocialInsurance.Workflows.Decisions.Comparison;

/// <summary>
/// What changed in a decision table between two versions, in the administrator's terms: the hit policy, columns
/// added or removed, rules added or removed, and the cells that changed in the rules both versions have. Rules and
/// columns are matched by id (dmn-js keeps ids stable while editing), so a moved rule shows as moved, not rewritten.
/// </summary>
public sealed record DecisionTableDiff(
    ValueChange? HitPolicy,
    IReadOnlyList<ColumnChange> Columns,
    IReadOnlyList<RuleChange> Rules)
{
    public bool IsEmpty => HitPolicy is null && Columns.Count == 0 && Rules.Count == 0;

    public static DecisionTableDiff Between(Decision from, Decision to)
    {
        var (a, b) = (from.Table, to.Table);
        var hitPolicy = Policy(a) == Policy(b) ? null : new ValueChange(Policy(a), Policy(b));
        var columns = new List<ColumnChange>();
        columns.AddRange(ColumnsOf(a).ExceptBy(ColumnsOf(b).Select(c => c.Id), c => c.Id).Select(c => new ColumnChange(c.Id, c.Label, "removed")));
        columns.AddRange(ColumnsOf(b).ExceptBy(ColumnsOf(a).Select(c => c.Id), c => c.Id).Select(c => new ColumnChange(c.Id, c.Label, "added")));
        foreach (var (before, after) in ColumnsOf(a).Join(ColumnsOf(b), c => c.Id, c => c.Id, (x, y) => (x, y)).Where(p => p.x != p.y))
            columns.Add(new ColumnChange(after.Id, after.Label, "changed"));

        var rulesA = a.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rulesB = b.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rules = new List<RuleChange>();
        for (var i = 0; i < b.Rules.Count; i++)
        {
            var rule = b.Rules[i];
            if (!rulesA.TryGetValue(rule.Id, out var old))
            {
                rules.Add(new RuleChange(rule.Id, i + 1, "added", []));
                continue;
            }

            var cells = Cells(a, old).FullJoin(Cells(b, rule))
                .Where(c => c.From != c.To).Select(c => new CellChange(c.Column, c.From, c.To)).ToList();
            var moved = a.Rules.ToList().IndexOf(old) != i;
            if (cells.Count > 0 || moved)
                rules.Add(new RuleChange(rule.Id, i + 1, cells.Count > 0 ? "changed" : "moved", cells));
        }

        rules.AddRange(a.Rules.Where(r => !rulesB.ContainsKey(r.Id)).Select(r => new RuleChange(r.Id, null, "removed", [])));
        return new DecisionTableDiff(hitPolicy, columns, rules);
    }

    private static string Policy(DecisionTable table) =>
        DecisionTableReader.Name(table.HitPolicy) + (table.Aggregation == CollectAggregation.None ? "" : " " + table.Aggregation.ToString().ToUpperInvariant());

    private sealed record Column(string Id, string? Label, string Definition);

    private static IEnumerable<Column> ColumnsOf(DecisionTable table) =>
        table.Inputs.Select(i => new Column(i.Id, i.Label ?? i.ExpressionText, $"in:{i.ExpressionText}:{i.TypeRef}"))
            .Concat(table.Outputs.Select(o => new Column(o.Id, o.Label ?? o.Name, $"out:{o.Name}:{o.TypeRef}:{string.Join(',', o.PriorityValues)}")));

    private static Dictionary<string, string> Cells(DecisionTable table, DecisionRule rule)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Inputs.Count; i++)
            cells[table.Inputs[i].Id] = rule.InputEntryTexts[i];
        for (var i = 0; i < table.Outputs.Count; i++)
            cells[table.Outputs[i].Id] = rule.OutputEntryTexts[i];
        cells["description"] = rule.Description ?? "";
        return cells;
    }
}


internal static class CellJoin
{
    public static IEnumerable<(string Column, string? From, string? To)> FullJoin(this Dictionary<string, string> from, Dictionary<string, string> to) =>
        from.Keys.Union(to.Keys).Select(k => (k, from.GetValueOrDefault(k), to.GetValueOrDefault(k)));
}
