using SocialInsurance.Api.Infrastructure.Persistence;

namespace SocialInsurance.Api.Infrastructure.Forms;

public static class FormsHostingExtensions
{
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddCaseServiceStore();
        services.AddSingleton<FormStore>();
        return services;
    }

    /// <summary>
    /// Deploys every <c>*.form</c> in the definitions folder, as start-up does for BPMN:
    /// an unchanged file creates nothing, a changed one a new version, an invalid one stops start-up (a reviewer would
    /// otherwise meet a form the server cannot check).
    /// </summary>
    public static async Task DeployFormsAsync(this WebApplication app, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var store = app.Services.GetRequiredService<FormStore>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.form").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            System.Text.Json.Nodes.JsonNode? schema;
            try
            {
                schema = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(file));
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new InvalidOperationException($"Expected {file} to be a valid form, but it is not JSON: {e.Message}", e);
            }

            var result = await store.DeployAsync(name, schema, name, "system", CancellationToken.None);
            if (!result.IsValid)
            {
                throw new InvalidOperationException(
                    $"Expected {file} to be a valid form, but: {string.Join("; ", result.Issues.Select(i => $"{i.Path}: {i.En}"))}");
            }

            app.Logger.LogInformation("Deployed {File}: version {Version} ({State})", name, result.Version, result.Created ? "new" : "unchanged");
        }
    }
}
