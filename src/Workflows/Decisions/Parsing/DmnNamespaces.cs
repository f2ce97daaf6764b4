using System.Xml.Linq;

namespace SocialInsurance.Workflows.Decisions.Parsing;

internal static class DmnNamespaces
{
    /// <summary>DMN 1.3 (what dmn-js 17 writes), and 1.2 and 1.1, whose decision tables have the same shape.</summary>
    public static readonly XNamespace[] Model =
    [
        "https://www.omg.org/spec/DMN/20191111/MODEL/",
        "http://www.omg.org/spec/DMN/20180521/MODEL/",
        "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
    ];

    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/dmn";

    public const string Feel = "https://www.omg.org/spec/DMN/20191111/FEEL/";

    /// <summary>The expression languages that mean FEEL, as Camunda's modelers write them.</summary>
    public static bool IsFeel(string? language) =>
        language is null
        || language.Equals("feel", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("https://www.omg.org/spec/DMN/", StringComparison.Ordinal) && language.EndsWith("/FEEL/", StringComparison.Ordinal)
        || language.StartsWith("http://www.omg.org/spec/FEEL/", StringComparison.Ordinal);
}
