using Microsoft.AspNetCore.Http.HttpResults;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>Deployment answers shared by deploy and validate: element-level issues the modeler marks on the diagram.</summary>
public static class DefinitionProblems
{
    /// <summary>
    /// One issue as clients see it: the engine's code and arguments, and its message in the request's language: in
    /// Chinese the catalog's text for the code (<see cref="ErrorCodes"/>), in English the engine's own message, which
    /// also quotes the offending value (a rule without a catalog text keeps the engine's English in both).
    /// </summary>
    public sealed record Issue(string ElementId, string ElementType, string Code, string Message, IReadOnlyDictionary<string, object?> Args);

    public static IResult Invalid(IReadOnlyList<ValidationIssue> issues) =>
        Issues(issues, ErrorCodes.DefinitionInvalid, ErrorCodes.DefinitionProblems);

    public static ProblemHttpResult NotXml() =>
        ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.DefinitionXmlRequired.With(), ErrorCodes.DefinitionXmlRequiredTitle);

    /// <summary>The problem is written per request: the issues' messages follow its language like the title does.</summary>
    internal static IResult Issues(IReadOnlyList<ValidationIssue> issues, ErrorCode title, ErrorCode detail) =>
        new LocalizedResult(language => ApiProblems.Problem(
            StatusCodes.Status400BadRequest,
            detail.With(new { count = issues.Count }),
            title,
            new Dictionary<string, object?> { ["issues"] = issues.Select(i => IssueOf(i, language)).ToArray() }));

    private static Issue IssueOf(ValidationIssue issue, Language language)
    {
        var error = new ApiError(issue.Code, issue.Args ?? new Dictionary<string, object?>(), new ErrorText(issue.Message, issue.Message));
        var message = language == Language.English ? issue.Message : error.Render(language);
        return new Issue(issue.ElementId, issue.ElementType, issue.Code, message, error.Args);
    }
}
