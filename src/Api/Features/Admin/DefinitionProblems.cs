using Microsoft.AspNetCore.Http.HttpResults;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Deployment answers shared by deploy and validate: element-level issues the modeler marks on the diagram.</summary>
public static class DefinitionProblems
{
    public sealed record Issue(string ElementId, string ElementType, string Code, string Message);

    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationIssue> issues) =>
        TypedResults.Problem(
            detail: $"The BPMN document has {issues.Count} problem(s).",
            statusCode: StatusCodes.Status400BadRequest,
            title: "流程定义无效 / Invalid process definition",
            extensions: new Dictionary<string, object?>
            {
                ["issues"] = issues.Select(i => new Issue(i.ElementId, i.ElementType, i.Code, i.Message)).ToArray(),
            });

    public static ProblemHttpResult NotXml() =>
        TypedResults.Problem(
            detail: "Send the BPMN document with Content-Type: application/xml (at most 2 MB).",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "须为 BPMN XML / Expected BPMN XML");
}
