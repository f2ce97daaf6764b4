using System.Collections.Concurrent;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Deployment;

/// <summary>
/// Compiled models by definition id. A version is immutable, so it is parsed once per process lifetime and shared by
/// every step of every instance on it; a restart recompiles lazily on first use.
/// </summary>
public sealed class ModelCache(IDefinitionRepository definitions, BpmnParser parser)
{
    private readonly ConcurrentDictionary<string, ProcessModel> _models = new(StringComparer.Ordinal);

    public async Task<ProcessModel?> GetAsync(string definitionId, CancellationToken ct)
    {
        if (_models.TryGetValue(definitionId, out var model))
        {
            return model;
        }

        var definition = await definitions.FindAsync(definitionId, ct);
        if (definition is null)
        {
            return null;
        }

        var parsed = parser.Parse(definition.Xml);
        model = parsed.Processes.FirstOrDefault(p => p.Key == definition.Key)
            ?? throw new InvalidOperationException(
                $"Expected deployed definition '{definitionId}' to compile, but: {string.Join("; ", parsed.Issues)}");
        return _models.GetOrAdd(definitionId, model);
    }

    public void Add(string definitionId, ProcessModel model) => _models.TryAdd(definitionId, model);
}
