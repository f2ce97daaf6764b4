using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Api.Infrastructure.Decisions;

public static class DecisionsHostingExtensions
{
    /// <summary>
    /// Deploys <c>workflows-definitions/*.dmn</c> before the processes that use them. An invalid file stops start-up
    /// with its problems, as an invalid process does; an unchanged one creates no version.
    /// </summary>
    public static async Task DeployDecisionsAsync(this WebApplication app, string folder)
    {
        var deployments = app.Services.GetRequiredService<DecisionDeploymentService>();
        foreach (var (file, result) in await deployments.DeployFolderAsync(folder, CancellationToken.None))
        {
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"Expected {file} to be a valid DMN file, but: {string.Join("; ", result.Issues)}");
            }

            foreach (var decision in result.Decisions)
            {
                app.Logger.LogInformation("Deployed {File}: decision {Key} version {Version} ({State})",
                    Path.GetFileName(file), decision.Key, decision.Version, decision.Created ? "new" : "unchanged");
            }
        }
    }
}
