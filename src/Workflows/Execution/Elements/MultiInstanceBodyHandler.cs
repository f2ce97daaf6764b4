using System.Globalization;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements;

/// <summary>
/// The body of a multi-instance activity (Zeebe's multi-instance body): a token on the activity that holds
/// <c>nrOfInstances</c>, <c>nrOfCompletedInstances</c> and <c>nrOfActiveInstances</c> as locals and runs the activity's
/// own handler once per inner token (<c>loopCounter</c> and the element variable as the inner token's locals).
/// Parallel starts every instance at once; sequential starts the next when one completes. The body completes when
/// all have completed or the completion condition holds, and then ends the instances still running. Boundary events
/// belong to the body: they are armed once and end every instance.
/// </summary>
public sealed class MultiInstanceBodyHandler : IElementHandler
{
    private const string Instances = "nrOfInstances";
    private const string Completed = "nrOfCompletedInstances";
    private const string Active = "nrOfActiveInstances";

    public async Task ActivateAsync(ElementContext context)
    {
        var node = context.Node;
        var loop = node.Loop!;
        var items = Items(context, context.Token);
        var count = items.Count;
        var body = context.Variables.SetLocals(context.Tokens.Update(context.Token, TokenStatus.Waiting), new JsonObject
        {
            [Instances] = count,
            [Completed] = 0,
            [Active] = loop.IsSequential ? Math.Min(count, 1) : count,
        });

        if (count == 0)
        {
            await context.Tokens.LeaveAsync(body, node);
            return;
        }

        for (var i = 0; i < (loop.IsSequential ? 1 : count); i++)
        {
            StartInstance(context, body, items, i);
        }
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected the multi-instance body of '{context.Node.Id}' to be resumed through its boundary events only.");

    /// <summary>
    /// An inner token has completed its element (the interpreter calls this instead of taking the outgoing flows):
    /// count it, then complete the body, or start the next sequential instance. The context is the inner token's.
    /// </summary>
    public static async Task InstanceCompletedAsync(ElementContext context)
    {
        var inner = context.Token;
        var tokens = context.Tokens;
        if (inner.ParentId is not { } bodyId || tokens.Find(bodyId) is not { } body)
        {
            return;
        }

        // The body stands on the same element as its inner tokens.
        var node = context.Node;
        var loop = node.Loop!;
        var locals = body.Locals!.DeepClone().AsObject();
        var total = (int)locals[Instances]!;
        var completed = (int)locals[Completed]! + 1;
        var remaining = total - completed;
        locals[Completed] = completed;
        locals[Active] = loop.IsSequential ? Math.Min(remaining, 1) : (int)locals[Active]! - 1;
        body = context.Variables.SetLocals(body, locals);

        // Evaluated as Camunda does, in the completed instance's scope: its element variable and loopCounter are visible.
        var scope = context.Variables.ScopeFor(body).DeepClone().AsObject();
        foreach (var (name, value) in inner.Locals ?? [])
        {
            scope[name] = value?.DeepClone();
        }

        var done = remaining == 0
            || (loop.CompletionCondition is { } condition && context.Expressions.EvaluateCondition(condition, scope));
        if (done)
        {
            foreach (var running in tokens.InScope(body.Id))
            {
                await tokens.TerminateAsync(running);
            }

            await tokens.LeaveAsync(tokens.Find(body.Id)!, node);
            return;
        }

        if (loop.IsSequential)
        {
            StartInstance(context, body, Items(context, body), inner.LoopCounter!.Value + 1);
        }
    }

    private static void StartInstance(ElementContext context, Token body, IReadOnlyList<JsonNode?> items, int index)
    {
        var node = context.Node;
        var locals = new JsonObject { ["loopCounter"] = index };
        if (node.Loop!.ElementVariable is { } name)
        {
            locals[name] = items[index]?.DeepClone();
        }

        context.Tokens.Arrive(context.Tokens.CreateInner(body, index, locals), node);
    }

    /// <summary>The collection's items, or one null per instance of the cardinality.</summary>
    private static IReadOnlyList<JsonNode?> Items(ElementContext context, Token token)
    {
        var node = context.Node;
        var loop = node.Loop!;
        var variables = context.Variables.ScopeFor(token);
        if (loop.Collection is { } collection)
        {
            var value = collection.Contains("${", StringComparison.Ordinal)
                ? context.Expressions.Evaluate(collection, variables)
                : variables[collection];
            return value is JsonArray array
                ? array.ToList()
                : throw new IncidentException(IncidentCodes.LoopCollectionNotArray.Cause(
                    $"Expected the collection '{collection}' of multi-instance {node.ElementType} '{node.Id}' to be an array, but it is {Describe(value)}.",
                    collection, Describe(value)));
        }

        var cardinality = context.Expressions.Evaluate(loop.Cardinality!, variables);
        var text = cardinality?.ToString();
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 0
            ? new JsonNode?[count]
            : throw new IncidentException(IncidentCodes.LoopCardinalityInvalid.Cause(
                $"Expected the loop cardinality '{loop.Cardinality}' of multi-instance {node.ElementType} '{node.Id}' to be a whole number from 0, but it is {Describe(cardinality)}.",
                loop.Cardinality, Describe(cardinality)));
    }

    private static string Describe(JsonNode? value) => value is null ? "null" : value.ToJsonString();
}
