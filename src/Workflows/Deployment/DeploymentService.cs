using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Deployment;

/// <summary>
/// Turns BPMN text into immutable versions. Validation runs against the activity registry too, so a service task whose
/// topic nobody handles is rejected here and not discovered by an applicant's case at run time.
/// </summary>
public sealed class DeploymentService(
    IDefinitionRepository definitions,
    ModelCache models,
    ActivityRegistry activities,
    Runtime.TimerStartSchedule timerStarts,
    TimeProvider time)
{
    public BpmnParser ParserWithTopics() => new(new BpmnParserOptions { KnownTopics = activities.Topics });

    public ParseResult Validate(string xml) => ParserWithTopics().Parse(xml);

    public async Task<DeploymentResult> DeployAsync(string xml, string? source, string? deployedBy, bool publish, CancellationToken ct, bool republishExisting = true)
    {
        var parsed = Validate(xml);
        if (!parsed.IsValid)
        {
            return new DeploymentResult([], parsed.Issues);
        }

        var hash = BpmnContentHash.Of(xml);
        var textHash = BpmnContentHash.OfText(xml);
        var deployed = new List<DeployedProcess>();
        foreach (var model in parsed.Processes)
        {
            var existing = await definitions.FindByHashAsync(model.Key, hash, ct)
                ?? await definitions.FindByHashAsync(model.Key, textHash, ct)
                ?? await LatestWithSameContentAsync(model.Key, hash, ct);
            if (existing is not null)
            {
                var published = existing.IsPublished;
                if (publish && republishExisting && !published)
                {
                    published = await definitions.PublishAsync(existing.Key, existing.Version, time.GetUtcNow(), ct);
                }

                deployed.Add(new DeployedProcess(existing.Key, existing.Version, Created: false, published));
                await timerStarts.RescheduleAsync(existing.Key, ct);
                continue;
            }

            var version = await definitions.LatestVersionAsync(model.Key, ct) + 1;
            var definition = new ProcessDefinition(new(model.Key, version, model.Name, hash, xml, source, deployedBy, publish), time.GetUtcNow());
            await definitions.AddAsync(definition, publish, ct);
            models.Add(definition.Id, model);
            deployed.Add(new DeployedProcess(model.Key, version, Created: true, publish));
            // A newly published version replaces the old version's timer starts; an unpublished one changes nothing.
            await timerStarts.RescheduleAsync(model.Key, ct);
        }

        return new DeploymentResult(deployed, []);
    }

    /// <summary>A version deployed before content hashing carries the hash of its text: compare its content instead.</summary>
    private async Task<ProcessDefinition?> LatestWithSameContentAsync(string key, string hash, CancellationToken ct)
    {
        var latest = await definitions.LatestVersionAsync(key, ct);
        if (latest == 0 || await definitions.FindAsync(ProcessDefinition.IdFor(key, latest), ct) is not { } definition)
        {
            return null;
        }

        return !definition.ContentHash.StartsWith("c:", StringComparison.Ordinal) && BpmnContentHash.Of(definition.Xml) == hash ? definition : null;
    }

    /// <summary>
    /// Deploys every <c>*.bpmn</c> in a folder and publishes what changed. Unchanged files are left alone, so a version
    /// an administrator published in the Studio is not overridden by a restart.
    /// </summary>
    public async Task<IReadOnlyList<(string File, DeploymentResult Result)>> DeployFolderAsync(string folder, CancellationToken ct)
    {
        var results = new List<(string, DeploymentResult)>();
        if (!Directory.Exists(folder))
        {
            return results;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, ct);
            results.Add((file, await DeployAsync(xml, Path.GetFileName(file), "system", publish: true, ct, republishExisting: false)));
        }

        return results;
    }
}
