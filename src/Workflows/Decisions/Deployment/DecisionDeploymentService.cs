using System.Security.Cryptography;
using System.Text;
using SocialInsurance.Workflows.Decisions.Parsing;

namespace SocialInsurance.Workflows.Decisions.Deployment;

/// <summary>
/// Turns DMN text into immutable versions, one per decision in the file, exactly as processes are deployed: the same
/// content creates nothing, changed content becomes the next version, <c>publish</c> puts it in force.
/// </summary>
public sealed class DecisionDeploymentService(IDecisionRepository decisions, DecisionCache cache, DmnParser parser, TimeProvider time)
{
    public DmnParseResult Validate(string xml) => parser.Parse(xml);

    public async Task<DecisionDeploymentResult> DeployAsync(string xml, string? source, string? deployedBy, bool publish, CancellationToken ct, bool republishExisting = true)
    {
        var parsed = parser.Parse(xml);
        if (!parsed.IsValid)
        {
            return new DecisionDeploymentResult([], parsed.Issues);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        var deployed = new List<DeployedDecision>();
        foreach (var decision in parsed.Definitions!.Decisions.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var existing = await decisions.FindByHashAsync(decision.Id, hash, ct);
            if (existing is not null)
            {
                var published = existing.IsPublished;
                if (publish && republishExisting && !published)
                {
                    published = await decisions.PublishAsync(existing.Key, existing.Version, time.GetUtcNow(), ct);
                }

                deployed.Add(new DeployedDecision(existing.Key, existing.Version, Created: false, published));
                continue;
            }

            var version = await decisions.LatestVersionAsync(decision.Id, ct) + 1;
            var definition = new DecisionDefinition(new(decision.Id, version, decision.Name, hash, xml, source, deployedBy, publish), time.GetUtcNow());
            await decisions.AddAsync(definition, publish, ct);
            cache.Add(definition.Id, parsed.Definitions);
            deployed.Add(new DeployedDecision(decision.Id, version, Created: true, publish));
        }

        return new DecisionDeploymentResult(deployed, []);
    }

    /// <summary>Deploys and publishes every changed <c>*.dmn</c> of a folder; unchanged files are left alone (an administrator's publish stands).</summary>
    public async Task<IReadOnlyList<(string File, DecisionDeploymentResult Result)>> DeployFolderAsync(string folder, CancellationToken ct)
    {
        var results = new List<(string, DecisionDeploymentResult)>();
        if (!Directory.Exists(folder))
        {
            return results;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.dmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, ct);
            results.Add((file, await DeployAsync(xml, Path.GetFileName(file), "system", publish: true, ct, republishExisting: false)));
        }

        return results;
    }
}
