using System.Text.Json;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Persistence.Configurations;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// The tokens column is written by generated code since issue 14; rows written before by the reflection-based serializer
/// must read the same, and what is written now must be what was written then (an older node reads it during an upgrade).
/// </summary>
public sealed class TokenJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Shapes => ["none", "plain", "everything"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Tokens_AreWrittenAsTheReflectionSerializerWroteThem(string shape)
    {
        var tokens = TokensOf(shape);

        Assert.Equal(JsonSerializer.Serialize(tokens, Reflection), JsonSerializer.Serialize(tokens, TokenJson.Default.ListToken));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Tokens_WrittenByTheReflectionSerializer_ReadTheSame(string shape)
    {
        var stored = JsonSerializer.Serialize(TokensOf(shape), Reflection);

        var read = JsonSerializer.Deserialize(stored, TokenJson.Default.ListToken)!;

        Assert.Equal(stored, JsonSerializer.Serialize(read, Reflection));
        Assert.Equal(JsonSerializer.Deserialize<List<Token>>(stored, Reflection)!.Select(t => t with { Locals = null }), read.Select(t => t with { Locals = null }));
    }

    [Fact]
    public void Tokens_ReadNamesWithoutRegardToCase_AsTheWebDefaultsDo()
    {
        var read = JsonSerializer.Deserialize("""[{"ID":4,"ElementId":"review","parentId":null,"STATUS":1}]""", TokenJson.Default.ListToken)!;

        Assert.Equal(new Token(4, "review", null, (TokenStatus)1), Assert.Single(read));
    }

    private static List<Token> TokensOf(string shape) => shape switch
    {
        "none" => [],
        "plain" => [new Token(1, "start", null, TokenStatus.Waiting)],
        _ =>
        [
            new Token(2, "body", null, TokenStatus.Waiting) { Locals = new JsonObject { ["nrOfInstances"] = 3, ["申请人"] = "applicant1" } },
            new Token(3, "review", 2, TokenStatus.Waiting)
            {
                ArrivedVia = "toReview", LoopCounter = 1, Locals = new JsonObject { ["item"] = new JsonArray(1, "二", null) },
                CalledInstanceId = Guid.Parse("0193f3c2-8d1e-7a4b-9c2d-3e4f5a6b7c8d"),
            },
        ],
    };
}
