using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Starts the called process as a child instance in the same transaction (variables through <c>camunda:in</c>) and
/// runs it to its first wait state; the token waits here until the child ends (see the propagation part for what
/// the child's end, errors and cancellation do to this side).
/// </summary>
public sealed partial class CallActivityHandler(IDefinitionRepository definitions, ModelCache models) : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        var step = context.Step;
        var node = context.NodeAs<CallActivity>();
        var variables = step.ScopeFor(context.Token);
        var definition = await ResolveAsync(step, node, variables);
        var model = await models.GetAsync(definition.Id, CancellationToken.None)
            ?? throw new IncidentException($"Expected process version '{definition.Id}' called by '{node.Id}' to compile, but it does not.");
        if (model.NoneStartEvent is not { } start)
        {
            throw new IncidentException($"Expected process '{definition.Key}' called by '{node.Id}' to have a none start event, but it starts only by message.");
        }

        var child = new ProcessInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = definition.Id,
            ProcessKey = definition.Key,
            ProcessVersion = definition.Version,
            BusinessKey = BusinessKey(step, node, variables),
            Variables = Map(step, node.Inputs, variables),
            StartedAt = step.Now,
            StartedBy = step.Actor.Id,
            ParentInstanceId = step.Instance.Id,
            ParentTokenId = context.Token.Id,
        };
        var token = step.Update(context.Token, TokenStatus.Waiting) with { CalledInstanceId = child.Id };
        step.Instance.Tokens[step.Instance.Tokens.FindIndex(t => t.Id == token.Id)] = token;
        step.Journal(node, JournalEvents.CalledInstanceStarted, token, new JsonObject { ["instanceId"] = child.Id.ToString() });
        step.Session.Add(child);

        var childStep = step.StepFor(child, model, loadedBookmarks: []);
        step.Link(childStep);
        childStep.RunByCaller = true;
        childStep.JournalProcess(JournalEvents.Activated);
        childStep.Arrive(childStep.NewToken(start.Id, parentId: null), start, []);
        await childStep.RunAsync();
        childStep.RunByCaller = false;
        childStep.Seal();

        // The child may have ended already (no wait state), or its error may have ended this activity.
        if (child.Status == InstanceStatus.Completed && step.FindToken(token.Id) is { } waiting)
        {
            await CompleteAsync(step, waiting, child);
        }
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected call activity '{context.Node.Id}' to be resumed by its child instance or its boundary events only.");

    /// <summary>The child completed: its variables come back through <c>camunda:out</c>, and the token moves on.</summary>
    private static Task CompleteAsync(StepContext step, Token token, ProcessInstance child)
    {
        var node = (CallActivity)step.Model.Node(token.ElementId);
        // Through the token's scope, as any result: a name an enclosing scope holds (a multi-instance element
        // variable, a sub-process's input) is updated there, anything else lands on the instance.
        step.SetVariables(token, Map(step, node.Outputs, child.Variables));
        return step.LeaveAsync(token, node);
    }

    private async Task<ProcessDefinition> ResolveAsync(StepContext step, CallActivity node, JsonObject variables)
    {
        var key = step.Expressions.EvaluateText(node.CalledElement, variables)
            ?? throw new IncidentException($"Expected calledElement '{node.CalledElement}' of '{node.Id}' to name a process, but it was null.");
        var definition = node.Binding switch
        {
            CalledElementBinding.Version => await definitions.FindAsync(ProcessDefinition.IdFor(key, node.Version!.Value), CancellationToken.None),
            CalledElementBinding.Deployment => await SameDeploymentAsync(step, key),
            CalledElementBinding.VersionTag => await TaggedAsync(key, node.VersionTag!),
            _ => await definitions.PublishedAsync(key, CancellationToken.None),
        };
        return definition ?? throw new IncidentException(node.Binding switch
        {
            CalledElementBinding.Version => $"Expected version {node.Version} of process '{key}' for call activity '{node.Id}', but it is not deployed.",
            CalledElementBinding.Deployment => $"Expected a version of process '{key}' deployed before this process version for call activity '{node.Id}', but there is none.",
            CalledElementBinding.VersionTag => $"Expected a version of process '{key}' with camunda:versionTag '{node.VersionTag}' for call activity '{node.Id}', but none is deployed.",
            _ => $"Expected a published version of process '{key}' for call activity '{node.Id}', but there is none.",
        });
    }

    /// <summary>Camunda's deployment binding: the called version deployed with (so no later than) the caller's own.</summary>
    private async Task<ProcessDefinition?> SameDeploymentAsync(StepContext step, string key)
    {
        var caller = await definitions.FindAsync(step.Instance.DefinitionId, CancellationToken.None);
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

    private static string? BusinessKey(StepContext step, CallActivity node, JsonObject variables)
    {
        if (node.BusinessKey is not { } expression)
        {
            return null;
        }

        // The modeler's usual "#{execution.processBusinessKey}": the sandbox has no execution object for expressions.
        var text = expression.Trim().Replace("#{", "${", StringComparison.Ordinal);
        return text == "${execution.processBusinessKey}"
            ? step.Instance.BusinessKey
            : step.Expressions.EvaluateText(text, variables);
    }

    /// <summary>Applies <c>camunda:in</c> or <c>camunda:out</c> mappings: every variable, a named one, or an expression's value.</summary>
    private static JsonObject Map(StepContext step, IReadOnlyList<CallVariableMapping> mappings, JsonObject source)
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
                target[mapping.Target!] = step.Expressions.Evaluate(mapping.SourceExpression!, source);
            }
        }

        return target;
    }
}
