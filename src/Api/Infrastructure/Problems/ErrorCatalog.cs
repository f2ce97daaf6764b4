using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// Every error code the API answers with, each with its Chinese and English text: the static
/// <see cref="ErrorCode"/> fields of <see cref="ErrorCodes"/> (written from Catalog/errors.*.json). docs/errors.md and the
/// OpenAPI document list them; the Studio's i18n files carry the same codes so it can render them itself.
/// </summary>
public static partial class ErrorCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, ErrorCode>> Codes = new(() =>
        typeof(ErrorCodes).GetNestedTypes().Prepend(typeof(ErrorCodes))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(ErrorCode))
            .Select(f => (ErrorCode)f.GetValue(null)!)
            .ToDictionary(c => c.Code, StringComparer.Ordinal));

    public static IReadOnlyCollection<ErrorCode> All => [.. Codes.Value.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];

    public static ErrorCode? Find(string code) => Codes.Value.GetValueOrDefault(code);

    /// <summary>
    /// The error's text in the language: the catalog's template filled with the arguments; for a code the catalog
    /// does not know (a domain rule, a validation rule added in the engine without a catalog entry) the texts the
    /// error brought along; failing both, the code itself — never an empty message.
    /// </summary>
    public static string Render(ApiError error, Language language)
    {
        var template = Find(error.Code)?.Text.In(language) ?? error.Texts?.In(language);
        return template is null ? error.Code : Fill(template, error.Args, language);
    }

    public static string Render(ErrorCode code, Language language, object? args = null) => Fill(code.Text.In(language), ApiError.ArgsOf(args), language);

    /// <summary>The placeholder names of a template, so a test can hold both languages to the same arguments.</summary>
    public static IReadOnlySet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string Fill(string template, IReadOnlyDictionary<string, object?> args, Language language) =>
        args.Count == 0
            ? template
            : Placeholder().Replace(template, m => args.TryGetValue(m.Groups[1].Value, out var value)
                ? value is LocalizedArg term
                    ? (language == Language.English ? term.En : term.Zh)
                    : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty
                : m.Value);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
