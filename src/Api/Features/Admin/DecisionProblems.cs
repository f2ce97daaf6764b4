using Microsoft.AspNetCore.Http.HttpResults;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Decision deploy answers: element-level issues (a rule, a column) the decision table editor can point at.</summary>
public static class DecisionProblems
{
    public static IResult Invalid(IReadOnlyList<ValidationIssue> issues) =>
        DefinitionProblems.Issues(issues, ErrorCodes.DecisionInvalid, ErrorCodes.DecisionProblems);

    public static ProblemHttpResult NotXml() =>
        ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.DecisionXmlRequired.With(), ErrorCodes.DecisionXmlRequiredTitle);

    public static ProblemHttpResult NoVersion(string key, int? version) => ApiProblems.NotFound(NoVersionError(key, version));

    public static ApiError NoVersionError(string key, int? version) =>
        version is null
            ? ErrorCodes.DecisionNotDeployed.With(new { key })
            : ErrorCodes.DecisionVersionNotFound.With(new { key, version });
}
