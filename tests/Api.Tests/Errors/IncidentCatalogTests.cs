using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Workflows.Execution.Incidents;

namespace SocialInsurance.Api.Tests.Errors;

/// <summary>
/// Every kind of incident the engine raises has a Chinese and an English sentence that takes only its arguments, so an
/// administrator never reads the engine's English message in a Chinese Studio; the OpenAPI document lists them apart
/// from the problem codes, as what an incident's code refers to.
/// </summary>
public sealed class IncidentCatalogTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Codes() => [.. IncidentCodes.All.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void IncidentCode_HasACatalogSentence_UsingOnlyItsArgumentsAndNeverTheDetail(string code)
    {
        // Given
        var engine = IncidentCodes.All.Single(c => c.Code == code);

        // When
        var entry = ErrorCatalog.Find(code);

        // Then
        Assert.NotNull(entry);
        var placeholders = ErrorCatalog.Placeholders(entry.En);
        Assert.Subset(engine.Arguments.Where(a => a != IncidentCode.Detail).ToHashSet(StringComparer.Ordinal), placeholders.ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain(IncidentCode.Detail, placeholders);
    }

    [Fact]
    public void IncidentCodes_AreDistinct_AndEachKindOfFailureHasOne()
    {
        // Given // When
        var codes = IncidentCodes.All.Select(c => c.Code).ToList();

        // Then
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.StartsWith("incident.", c, StringComparison.Ordinal));
        Assert.True(codes.Count >= 30, $"only {codes.Count} incident codes");
    }

    [Fact]
    public async Task OpenApi_ListsIncidentCodesApart_AndTheIncidentsCodeRefersToThem()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        // Then
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var incidentCodes = schemas.GetProperty("IncidentCode").GetProperty("enum").EnumerateArray().Select(c => c.GetString()).ToList();
        var errorCodes = schemas.GetProperty("ErrorCode").GetProperty("enum").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(IncidentCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal), incidentCodes.Order(StringComparer.Ordinal));
        Assert.Contains("incident.notFound", errorCodes);
        Assert.DoesNotContain("incident.scriptFailed", errorCodes);
        Assert.Equal("#/components/schemas/IncidentCode",
            schemas.GetProperty("IncidentItem").GetProperty("properties").GetProperty("code").GetProperty("$ref").GetString());
    }
}
