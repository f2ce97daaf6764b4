using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Infrastructure.OpenApi;

/// <summary>
/// The error codes in the document: an <c>ErrorCode</c> enum whose description lists every code with its Chinese and
/// English text, and the <c>ProblemCode</c> shape of <c>errorCodes</c> entries — what a client switches on instead of
/// parsing texts. Codes a domain rule raises (<c>ContributionBase.OutOfRange</c>) come with their texts and are not listed.
/// </summary>
public static class OpenApiErrorCodes
{
    public static void Describe(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var table = new StringBuilder()
            .AppendLine("A problem's `code` (and each `errorCodes` entry's). Texts take `args` by name. The response's `title`, `detail` and `errors` are in the language of `Accept-Language` (zh-CN by default, English for `en`).")
            .AppendLine()
            .AppendLine("| code | zh-CN | en |")
            .AppendLine("|---|---|---|");
        foreach (var code in ErrorCatalog.All)
        {
            table.AppendLine($"| `{code.Code}` | {code.Zh.Replace("|", "\\|", StringComparison.Ordinal)} | {code.En.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        document.Components.Schemas["ErrorCode"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = table.ToString(),
            Enum = [.. ErrorCatalog.All.Select(c => (JsonNode)JsonValue.Create(c.Code)!)],
        };
        document.Components.Schemas["ProblemCode"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One error as data: its code and the arguments its texts are filled with.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["code"] = new OpenApiSchemaReference("ErrorCode", document),
                ["args"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "Argument values by name; a term (a status, a material kind) as its enum name." },
            },
            Required = new HashSet<string> { "code" },
        };
    }
}
