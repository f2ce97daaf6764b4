using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

public sealed class OpenApiExampleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Document_HasExamples_ForTheMainOperations()
    {
        // Given // When
        var operations = Operations(await DocumentAsync());

        // Then
        Assert.Equal("reviewer1", RequestExamples(operations["Login"])[0].GetProperty("value").GetProperty("userName").GetString());
        Assert.Equal(["NewEnrollment", "Resumption", "Suspension"],
            RequestExamples(operations["CreateApplication"]).Select(e => e.GetProperty("value").GetProperty("type").GetString()));
        Assert.Equal("Submitted", ResponseExample(operations["SubmitApplication"], "202").GetProperty("status").GetString());
        Assert.Equal(["approve", "reject", "supplement"],
            RequestExamples(operations["CompleteTask"]).Select(e => e.GetProperty("value").GetProperty("decision").GetString()));
        Assert.True(ResponseExample(operations["CompleteTask"], "200").TryGetProperty("instanceId", out _));
        Assert.True(ResponseExample(operations["CompleteTask"], "400").GetProperty("errors").TryGetProperty("comment", out _));
    }

    [Fact]
    public async Task Document_EveryErrorResponse_HasAProblemDetailsExample()
    {
        var operations = Operations(await DocumentAsync());
        var errors = operations.Values
            .SelectMany(o => o.TryGetProperty("responses", out var r) ? r.EnumerateObject() : Enumerable.Empty<JsonProperty>())
            .Where(r => r.Name[0] is '4' or '5' && r.Value.TryGetProperty("content", out _))
            .ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, r => Assert.True(
            r.Value.GetProperty("content").EnumerateObject().All(m => m.Value.GetProperty("example").TryGetProperty("title", out _)), r.Name));
    }

    [Fact]
    public async Task Document_StillListsEveryDescribedRoute()
    {
        // Given every route the API describes
        var described = factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Select(d => (Path: "/" + System.Text.RegularExpressions.Regex.Replace(d.RelativePath!, @"\{(\w+):[^}]+\}", "{$1}").TrimEnd('/'), Method: d.HttpMethod!.ToLowerInvariant()))
            .ToList();

        // When
        var document = await DocumentAsync();

        // Then each one is in the document under its method
        var listed = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Path: p.Name.TrimEnd('/'), Method: m.Name)))
            .ToHashSet();
        Assert.Contains(("/api/admin/forms/{key}", "put"), described);
        Assert.All(described, route => Assert.Contains(route, listed));
    }

    private async Task<JsonElement> DocumentAsync() => await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static Dictionary<string, JsonElement> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .Where(m => m.Value.ValueKind == JsonValueKind.Object && m.Value.TryGetProperty("operationId", out _))
            .ToDictionary(m => m.Value.GetProperty("operationId").GetString()!, m => m.Value);

    private static List<JsonElement> RequestExamples(JsonElement operation) =>
        [.. operation.GetProperty("requestBody").GetProperty("content").EnumerateObject().First().Value.GetProperty("examples").EnumerateObject().Select(e => e.Value)];

    private static JsonElement ResponseExample(JsonElement operation, string status) =>
        operation.GetProperty("responses").GetProperty(status).GetProperty("content").EnumerateObject().First().Value.GetProperty("example");
}
