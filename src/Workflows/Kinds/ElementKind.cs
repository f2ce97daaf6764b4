using SocialInsurance.Workflows.Parsing;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Kinds;

/// <summary>
/// One BPMN element kind as the engine supports it: how it is read, what is checked about it, and which handler
/// runs each model node its reader produces. Registered once in <see cref="ElementKinds"/>; the parser's, the
/// validator's and the interpreter's lookups are all derived from that list, so they cannot drift apart.
/// </summary>
/// <param name="Reader">Compiles the XML element (its <see cref="IElementReader.ElementName"/> is the kind's name).</param>
/// <param name="Runs">
/// Each model node type the reader produces and the handler type that executes it. Empty only for what is not a flow
/// node (a sequence flow). Handlers are built by the service provider, so they may take engine services.
/// </param>
/// <param name="Rules">The kind's own structural rules; built per parse, given the known service-task topics.</param>
internal sealed record ElementKind(
    IElementReader Reader,
    IReadOnlyList<ElementKind.Run> Runs,
    IReadOnlyList<Func<IReadOnlySet<string>?, IElementRules>> Rules)
{
    public string Name => Reader.ElementName;

    /// <summary>A model node type and the handler that executes it.</summary>
    public sealed record Run(Type Node, Type Handler);
}
