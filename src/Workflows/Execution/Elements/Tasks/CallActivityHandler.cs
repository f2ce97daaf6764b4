using System.Globalization;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Starts the called process as a child instance in the same transaction (variables through <c>camunda:in</c>) and
/// runs it to its first wait state; the token waits here until the child ends. What the child's end, errors and
/// cancellation do to this side is the interpreter's (<c>CalledInstances</c>): it links the steps of two instances.
/// </summary>
public sealed class CallActivityHandler(IDefinitionRepository definitions, ModelCache models) : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        var node = context.NodeAs<CallActivity>();
        var variables = context.Variables.ScopeFor(context.Token);
        var definition = await ResolveAsync(context, node, variables);
        var model = await models.GetAsync(definition.Id, CancellationToken.None)
            ?? throw new IncidentException(IncidentCodes.CalledProcessNotCompiled.Cause(
                $"Expected process version '{definition.Id}' called by '{node.Id}' to compile, but it does not.",
                definition.Key, definition.Version.ToString(CultureInfo.InvariantCulture)));
        if (model.NoneStartEvent is not { } start)
        {
            throw new IncidentException(IncidentCodes.CalledProcessStartsByMessage.Cause(
                $"Expected process '{definition.Key}' called by '{node.Id}' to have a none start event, but it starts only by message.", definition.Key));
        }

        var outputs = await context.Calls.StartAsync(
            context.Token, node, definition, model, start, BusinessKey(context, node, variables), Map(context, node.Inputs, variables));

        // The child may have ended already (no wait state), or its error may have ended this activity.
        if (outputs is not null && context.Tokens.Find(context.Token.Id) is { } waiting)
        {
            await ChildCompletedAsync(context.For(waiting, node), outputs);
        }
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected call activity '{context.Node.Id}' to be resumed by its child instance or its boundary events only.");

    /// <summary>The child completed: its variables come back through <c>camunda:out</c>, and the token moves on.</summary>
    internal static Task ChildCompletedAsync(ElementContext context, JsonObject childVariables)
    {
        var node = context.NodeAs<CallActivity>();
        // Through the token's scope, as any result: a name an enclosing scope holds (a multi-instance element
        // variable, a sub-process's input) is updated there, anything else lands on the instance.
        context.Variables.Set(context.Token, Map(context, node.Outputs, childVariables));
        return context.Tokens.LeaveAsync(context.Token, node);
    }

    private async Task<ProcessDefinition> ResolveAsync(ElementContext context, CallActivity node, JsonObject variables)
    {
        var key = context.Expressions.EvaluateText(node.CalledElement, variables)
            ?? throw new IncidentException(IncidentCodes.CalledElementEmpty.Cause(
                $"Expected calledElement '{node.CalledElement}' of '{node.Id}' to name a process, but it was null.", node.CalledElement));
        var definition = node.Binding switch
        {
            CalledElementBinding.Version => await definitions.FindAsync(ProcessDefinition.IdFor(key, node.Version!.Value), CancellationToken.None),
            CalledElementBinding.Deployment => await SameDeploymentAsync(context, key),
            CalledElementBinding.VersionTag => await TaggedAsync(key, node.VersionTag!),
            _ => await definitions.PublishedAsync(key, CancellationToken.None),
        };
        return definition ?? throw new IncidentException(node.Binding switch
        {
            CalledElementBinding.Version => IncidentCodes.CalledVersionMissing.Cause(
                $"Expected version {node.Version} of process '{key}' for call activity '{node.Id}', but it is not deployed.",
                key, node.Version?.ToString(CultureInfo.InvariantCulture)),
            CalledElementBinding.Deployment => IncidentCodes.CalledDeploymentMissing.Cause(
                $"Expected a version of process '{key}' deployed before this process version for call activity '{node.Id}', but there is none.", key),
            CalledElementBinding.VersionTag => IncidentCodes.CalledVersionTagMissing.Cause(
                $"Expected a version of process '{key}' with camunda:versionTag '{node.VersionTag}' for call activity '{node.Id}', but none is deployed.",
                key, node.VersionTag),
            _ => IncidentCodes.CalledProcessMissing.Cause(
                $"Expected a published version of process '{key}' for call activity '{node.Id}', but there is none.", key),
        });
    }

    /// <summary>Camunda's deployment binding: the called version deployed with (so no later than) the caller's own.</summary>
    private async Task<ProcessDefinition?> SameDeploymentAsync(ElementContext context, string key)
    {
        var caller = await definitions.FindAsync(context.Instance.DefinitionId, CancellationToken.None);
        var versions = await definitions.VersionsAsync(key, CancellationToken.None);
        return versions.Where(v => caller is null || v.DeployedAt <= caller.DeployedAt).MaxBy(v => v.Version);
    }

    /// <summary>
    /// Camunda's versionTag binding: the newest deployed version whose process says <c>camunda:versionTag</c> = the tag.
    /// The tag lives in the deployed XML, read through the compiled-model cache, so no column is needed for it.
    /// </summary>
    private async Task<ProcessDefinition?> TaggedAsync(string key, string tag)
    {
        foreach (var version in (await definitions.VersionsAsync(key, CancellationToken.None)).OrderByDescending(v => v.Version))
        {
            if ((await models.GetAsync(version.Id, CancellationToken.None))?.VersionTag == tag)
            {
                return version;
            }
        }

        return null;
    }

    private static string? BusinessKey(ElementContext context, CallActivity node, JsonObject variables)
    {
        if (node.BusinessKey is not { } expression)
        {
            return null;
        }

        // The modeler's usual "#{execution.processBusinessKey}": the sandbox has no execution object for expressions.
        var text = expression.Trim().Replace("#{", "${", StringComparison.Ordinal);
        return text == "${execution.processBusinessKey}"
            ? context.Instance.BusinessKey
            : context.Expressions.EvaluateText(text, variables);
    }

    /// <summary>Applies <c>camunda:in</c> or <c>camunda:out</c> mappings: every variable, a named one, or an expression's value.</summary>
    private static JsonObject Map(ElementContext context, IReadOnlyList<CallVariableMapping> mappings, JsonObject source)
    {
        var target = new JsonObject();
        foreach (var mapping in mappings)
        {
            if (mapping.All)
            {
                foreach (var (name, value) in source)
                {
                    target[name] = value?.DeepClone();
                }
            }
            else if (mapping.Source is { } name)
            {
                target[mapping.Target!] = source[name]?.DeepClone();
            }
            else
            {
                target[mapping.Target!] = context.Expressions.Evaluate(mapping.SourceExpression!, source);
            }
        }

        return target;
    }
}
