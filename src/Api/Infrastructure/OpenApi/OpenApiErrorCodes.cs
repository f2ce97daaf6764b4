using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution.Incidents;

namespace SocialInsurance.Api.Infrastructure.OpenApi;

/// <summary>
/// The error codes in the document: an <c>ErrorCode</c> enum whose description lists every code with its Chinese and
/// English text, and the <c>ProblemCode</c> shape of <c>errorCodes</c> entries — what a client switches on instead of
/// parsing texts. Codes a domain rule raises (<c>ContributionBase.OutOfRange</c>) come with their texts and are not listed.
/// The catalog's incident causes are not problems: they are listed apart, as the <c>IncidentCode</c> an incident's
/// <c>code</c> refers to.
/// </summary>
public static class OpenApiErrorCodes
{
    public static void Describe(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var causes = IncidentCodes.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        document.Components.Schemas["ErrorCode"] = Codes(
            "A problem's `code` (and each `errorCodes` entry's). Texts take `args` by name. The response's `title`, `detail` and `errors` are in the language of `Accept-Language` (zh-CN by default, English for `en`).",
            ErrorCatalog.All.Where(c => !causes.Contains(c.Code)));
        document.Components.Schemas["IncidentCode"] = Codes(
            "Why an incident happened: an incident's `code`. Texts take the incident's `args` by name; `detail`, when present, is the script's or job's own error text, shown after the sentence as it is. Incidents recorded before codes existed have none: show their `message`.",
            ErrorCatalog.All.Where(c => causes.Contains(c.Code)));
        if (document.Components.Schemas.TryGetValue("IncidentItem", out var incident) && incident is OpenApiSchema { Properties: { } properties })
        {
            properties["code"] = new OpenApiSchemaReference("IncidentCode", document);
        }

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

    private static OpenApiSchema Codes(string description, IEnumerable<ErrorCode> codes)
    {
        var listed = codes.ToList();
        var table = new StringBuilder().AppendLine(description).AppendLine().AppendLine("| code | zh-CN | en |").AppendLine("|---|---|---|");
        foreach (var code in listed)
        {
            table.AppendLine($"| `{code.Code}` | {code.Zh.Replace("|", "\\|", StringComparison.Ordinal)} | {code.En.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = table.ToString(),
            Enum = [.. listed.Select(c => (JsonNode)JsonValue.Create(c.Code)!)],
        };
    }
}
