using System.Text.RegularExpressions;
using Jint;
using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Processes.Tests.Contract;

/// <summary>
/// What a compiled model reads and writes, as the engine sees it: the free names of its JavaScript expressions
/// (collected by Jint when it prepares them, as the engine's evaluator does) and the names its DMN inputs resolve.
/// </summary>
internal static partial class ModelReads
{
    /// <summary>Names every expression may use without a process variable: JavaScript's own and the engine's <c>execution</c>.</summary>
    private static readonly HashSet<string> Ambient = new(StringComparer.Ordinal)
    {
        "undefined", "NaN", "Infinity", "Math", "JSON", "Date", "String", "Number", "Boolean", "Array", "Object",
        "parseInt", "parseFloat", "isNaN", "isFinite", "execution",
    };

    /// <summary>Every (element id, variable) a model reads: conditions, task and mapping expressions, timers, correlation keys, decision inputs.</summary>
    public static IEnumerable<(string ElementId, string Variable)> Reads(ProcessModel model, IReadOnlyDictionary<string, Decision> decisions)
    {
        foreach (var flow in model.Flows.Where(f => f.Condition is not null))
        {
            foreach (var name in Names(flow.Condition!, alwaysExpression: true)) yield return (flow.Id, name);
        }

        foreach (var node in model.Nodes)
        {
            var locals = node is IVariableMapping mapping ? mapping.LocalInputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var text in ExpressionsOf(node))
            {
                foreach (var name in Names(text, alwaysExpression: false).Where(n => !locals.Contains(n))) yield return (node.Id, name);
            }

            if (node is BusinessRuleTask rule && decisions.TryGetValue(rule.DecisionRef, out var decision))
            {
                foreach (var input in decision.Table.Inputs)
                {
                    var resolved = new List<string>();
                    input.Expression.Evaluate(name => { resolved.Add(name); return null; });
                    foreach (var name in resolved) yield return (node.Id, name);
                }
            }
        }
    }

    /// <summary>The variables the model itself writes: decision results and output mappings.</summary>
    public static IEnumerable<string> Writes(ProcessModel model)
    {
        foreach (var node in model.Nodes)
        {
            if (node is BusinessRuleTask { ResultVariable: { } result }) yield return result;
            if (node is IVariableMapping mapping) foreach (var output in mapping.Outputs) yield return output.Name;
            if (node is ITopicTask topic) foreach (var output in topic.Outputs) yield return output.Name;
            if (node is ReceiveTask receive) foreach (var output in receive.Outputs) yield return output.Name;
        }
    }

    private static IEnumerable<string> ExpressionsOf(FlowNode node)
    {
        if (node is ITopicTask topic) foreach (var input in topic.Inputs) yield return input.Expression;
        if (node is IVariableMapping mapping)
        {
            foreach (var p in mapping.LocalInputs.Concat(mapping.Outputs)) yield return p.Expression;
        }

        if (node is UserTask task)
        {
            foreach (var text in new[] { task.Assignee, task.DueDate, task.Priority, task.FollowUpDate }.Concat(task.CandidateGroups).Concat(task.CandidateUsers))
            {
                if (text is not null) yield return text;
            }
        }

        var definition = node switch
        {
            IntermediateCatchEvent c => c.Definition,
            BoundaryEvent b => b.Definition,
            StartEvent s => s.Definition,
            EventSubProcess e => e.Trigger,
            _ => null,
        };
        if (definition is TimerDefinition timer) yield return timer.Expression;
        if (definition is MessageDefinition { CorrelationKeyExpression: { } key }) yield return key;
        if (node is ReceiveTask { Message.CorrelationKeyExpression: { } receiveKey }) yield return receiveKey;
    }

    /// <summary>The free names of the <c>${...}</c> parts of a text (or of the whole text, for a condition written bare).</summary>
    public static IEnumerable<string> Names(string text, bool alwaysExpression)
    {
        var parts = Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToList();
        if (parts.Count == 0 && alwaysExpression) parts.Add(text);
        foreach (var part in parts)
        {
            var prepared = Engine.PrepareScript("(" + part + "\n)", "expression", strict: true, new ScriptPreparationOptions { CollectReferencedGlobals = true });
            foreach (var name in prepared.ReferencedGlobals!.Where(n => !Ambient.Contains(n))) yield return name;
        }
    }

    [GeneratedRegex(@"\$\{(.*?)\}", RegexOptions.Singleline)]
    private static partial Regex Placeholder();
}
