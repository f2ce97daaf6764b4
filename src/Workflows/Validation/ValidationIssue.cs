namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// One problem in a BPMN file, keyed by the element it concerns so the modeler can mark it. <see cref="Message"/> is
/// English; <see cref="Args"/> (plain values by name) let a host write the same problem in its users' language from
/// <see cref="Code"/>, and a host that knows no text for a code shows the message.
/// </summary>
public sealed record ValidationIssue(string ElementId, string ElementType, string Code, string Message, IReadOnlyDictionary<string, object?>? Args = null)
{
    public override string ToString() => $"{ElementId} ({ElementType}) [{Code}]: {Message}";
}
