using Microsoft.AspNetCore.Http.HttpResults;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Decision deploy answers: element-level issues (a rule, a column) the decision table editor can point at.</summary>
public static class DecisionProblems
{
    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationIssue> issues) =>
        TypedResults.Problem(
            detail: $"The DMN document has {issues.Count} problem(s).",
            statusCode: StatusCodes.Status400BadRequest,
            title: "决策表无效 / Invalid decision table",
            extensions: new Dictionary<string, object?>
            {
                ["issues"] = issues.Select(i => new DefinitionProblems.Issue(i.ElementId, i.ElementType, i.Code, i.Message)).ToArray(),
            });

    public static ProblemHttpResult NotXml() =>
        TypedResults.Problem(
            detail: "Send the DMN document with Content-Type: application/xml (at most 2 MB).",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "须为 DMN XML / Expected DMN XML");

    public static ProblemHttpResult NoVersion(string key, int? version) =>
        Infrastructure.Problems.ApiProblems.NotFound(version is null
            ? $"Decision '{key}' has no deployed version."
            : $"Decision '{key}' has no version {version}.");
}
