namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>A result whose body holds texts beyond title and detail (a list of validation issues): built when the request's language is known.</summary>
public sealed class LocalizedResult(Func<Language, IResult> build) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => build(ProblemLanguage.Of(httpContext)).ExecuteAsync(httpContext);
}
