using System.Collections.Concurrent;
using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Decisions.Parsing;

namespace SocialInsurance.Workflows.Decisions.Deployment;

/// <summary>Compiled DMN files by definition id: a version is immutable, so it is parsed once per process lifetime.</summary>
public sealed class DecisionCache(DmnParser parser)
{
    private readonly ConcurrentDictionary<string, DecisionDefinitions> _compiled = new(StringComparer.Ordinal);

    public DecisionDefinitions Get(DecisionDefinition definition) =>
        _compiled.GetOrAdd(definition.Id, _ =>
        {
            var parsed = parser.Parse(definition.Xml);
            return parsed.Definitions ?? throw new InvalidOperationException(
                $"Expected deployed decision '{definition.Id}' to compile, but: {string.Join("; ", parsed.Issues)}");
        });

    public void Add(string definitionId, DecisionDefinitions compiled) => _compiled.TryAdd(definitionId, compiled);
}
