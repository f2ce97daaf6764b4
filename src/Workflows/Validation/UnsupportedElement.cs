using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// Stands in for an element the reader could not compile (and has already reported). Keeping a node under its id
/// stops every flow that touches it from being reported again as pointing nowhere; rules leave it alone. It never
/// reaches a <see cref="ProcessModel"/>, because a draft with issues is never compiled.
/// </summary>
internal sealed record UnsupportedElement(string BpmnElementType) : FlowNode
{
    public override string ElementType => BpmnElementType;
}
