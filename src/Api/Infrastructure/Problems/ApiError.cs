using System.Text.Json.Serialization;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// One error as data: a stable <see cref="Code"/> clients switch on and <see cref="Args"/> the texts are filled with.
/// The text itself is chosen per request (<see cref="ProblemLanguage"/>), so nothing here is in a language — except
/// errors whose owner already wrote both texts (the domain's <c>DomainError</c>): those ride along in
/// <see cref="Texts"/>, never serialised, and win over the catalog.
/// </summary>
public sealed record ApiError(
    string Code,
    IReadOnlyDictionary<string, object?> Args,
    [property: JsonIgnore] ErrorText? Texts = null)
{
    private static readonly IReadOnlyDictionary<string, object?> NoArgs = new Dictionary<string, object?>();

    /// <summary>An error from the catalog; <paramref name="args"/> is an anonymous object (<c>new { year }</c>).</summary>
    public static ApiError Of(ErrorCode code, object? args = null) => new(code.Code, ArgsOf(args));

    /// <summary>An error whose texts were written by its owner (a domain rule, a simulator), under its owner's code.</summary>
    public static ApiError Written(string code, string zh, string en) => new(code, NoArgs, new ErrorText(zh, en));

    public string Render(Language language) => ErrorCatalog.Render(this, language);

    internal static IReadOnlyDictionary<string, object?> ArgsOf(object? args) => args switch
    {
        null => NoArgs,
        IReadOnlyDictionary<string, object?> dictionary => dictionary,
        _ => args.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(args), StringComparer.Ordinal),
    };
}
