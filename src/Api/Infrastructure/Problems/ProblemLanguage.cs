using Microsoft.Net.Http.Headers;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// Which language a request's errors are written in: its <c>Accept-Language</c>, read by quality. zh-CN is the
/// default (the service's users are in Xinjiang), so a request without the header, or preferring any other language,
/// reads Chinese; one whose most preferred language is English (<c>en</c>, <c>en-US</c> …) reads English.
/// </summary>
public static class ProblemLanguage
{
    public static Language Of(HttpContext httpContext)
    {
        var preferred = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(l => l is not null && l != "*");
        return preferred is not null && IsEnglish(preferred) ? Language.English : Language.Chinese;
    }

    private static bool IsEnglish(string tag) =>
        tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The header value a client sends for the language (tests and docs use it).</summary>
    public static string HeaderValue(Language language) => language == Language.English ? "en" : "zh-CN";

    public static readonly string HeaderName = HeaderNames.AcceptLanguage;
}
