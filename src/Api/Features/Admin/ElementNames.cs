using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Element names for the administrator's lists, which the engine keys by element id (incidents, journal, bookmarks):
/// a person reads "审核申请 Review application", not <c>reviewApplication</c>. The name comes from the instance's own
/// version of the diagram (a later version may rename it); null for unnamed elements, where the Studio falls back to
/// the id. Names stay bilingual as the diagram writes them; the Studio keeps the half of the reader's language.
/// </summary>
public sealed class ElementNames(IWorkflowQueries queries, ModelCache models)
{
    private readonly Dictionary<Guid, ProcessModel?> _byInstance = [];

    public static string? Of(ProcessModel? model, string elementId) =>
        model is not null && model.TryGetNode(elementId, out var node) && !string.IsNullOrWhiteSpace(node.Name) ? node.Name : null;

    /// <summary>The model of an instance's version, looked up once per instance for a list that spans many.</summary>
    public async Task<ProcessModel?> ModelOfAsync(Guid instanceId, CancellationToken ct)
    {
        if (_byInstance.TryGetValue(instanceId, out var cached))
        {
            return cached;
        }

        var instance = await queries.InstanceAsync(instanceId, ct);
        var model = instance is null ? null : await models.GetAsync(instance.DefinitionId, ct);
        _byInstance[instanceId] = model;
        return model;
    }

    public async Task<string?> OfAsync(Guid instanceId, string elementId, CancellationToken ct) => Of(await ModelOfAsync(instanceId, ct), elementId);
}
