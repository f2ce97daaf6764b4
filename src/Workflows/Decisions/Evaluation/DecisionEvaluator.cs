using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Decisions.Evaluation;

/// <summary>
/// Evaluates a decision of a compiled DMN file against variables. Required decisions run first (each once), and
/// their outputs become variables of the decisions that require them, as in Camunda 7: by output name, the value
/// of the single hit, a list of values when there are several hits, null when none.
/// </summary>
public static class DecisionEvaluator
{
    public static DecisionResult Evaluate(DecisionDefinitions definitions, string decisionId, Func<string, object?> variables)
    {
        if (!definitions.Decisions.TryGetValue(decisionId, out var decision))
            throw new DecisionEvaluationException($"Expected a decision '{decisionId}' in '{definitions.Id}', but there is none");
        return Evaluate(definitions, decision, variables, new Dictionary<string, DecisionResult>(StringComparer.Ordinal));
    }

    private static DecisionResult Evaluate(DecisionDefinitions definitions, Decision decision, Func<string, object?> variables, Dictionary<string, DecisionResult> done)
    {
        if (done.TryGetValue(decision.Id, out var earlier))
            return earlier;

        var resolve = variables;
        if (decision.RequiredDecisions.Count > 0)
        {
            var fromRequired = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var requiredId in decision.RequiredDecisions)
            {
                var required = definitions.Decisions[requiredId];
                var result = Evaluate(definitions, required, variables, done);
                foreach (var output in required.Table.Outputs)
                {
                    var values = result.Entries.Select(e => e.GetValueOrDefault(output.Name)).ToList();
                    fromRequired[output.Name] = values.Count switch { 0 => null, 1 => values[0], _ => values };
                }
            }

            resolve = name => fromRequired.TryGetValue(name, out var value) ? value : variables(name);
        }

        var evaluated = EvaluateTable(decision, resolve);
        done[decision.Id] = evaluated;
        return evaluated;
    }

    private static DecisionResult EvaluateTable(Decision decision, Func<string, object?> resolve)
    {
        var table = decision.Table;
        var inputs = table.Inputs
            .Select(i => DecisionValues.Convert(i.Expression.Evaluate(resolve), i.TypeRef, $"input '{i.Label ?? i.ExpressionText}' of decision '{decision.Id}'"))
            .ToArray();

        var hits = new List<Hit>();
        foreach (var rule in table.Rules)
        {
            if (Matches(table, rule, inputs, resolve))
                hits.Add(new Hit(rule, Outputs(decision, rule, resolve)));
        }

        var entries = HitPolicies.Apply(decision, hits);
        return new DecisionResult(decision.Id, entries.Entries, [.. entries.Rules.Select(r => r.Id)]);
    }

    private static bool Matches(DecisionTable table, DecisionRule rule, object?[] inputs, Func<string, object?> resolve)
    {
        for (var i = 0; i < inputs.Length; i++)
        {
            var entry = rule.InputEntries[i];
            if (entry.MatchesAnything)
                continue;
            var input = inputs[i];
            var name = table.Inputs[i].InputVariable;
            if (!entry.Matches(input, n => n == name ? input : resolve(n)))
                return false;
        }

        return true;
    }

    private static IReadOnlyDictionary<string, object?> Outputs(Decision decision, DecisionRule rule, Func<string, object?> resolve)
    {
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < decision.Table.Outputs.Count; i++)
        {
            var clause = decision.Table.Outputs[i];
            var value = rule.OutputEntries[i]?.Evaluate(resolve);
            outputs[clause.Name] = DecisionValues.Convert(value, clause.TypeRef, $"output '{clause.Name}' of rule '{rule.Id}' in decision '{decision.Id}'");
        }

        return outputs;
    }
}

/// <summary>A matched rule and its evaluated outputs.</summary>
internal sealed record Hit(DecisionRule Rule, IReadOnlyDictionary<string, object?> Outputs);
