namespace SocialInsurance.Workflows.Validation;

/// <summary>One problem in a BPMN file, keyed by the element it concerns so the modeler can mark it.</summary>
public sealed record ValidationIssue(string ElementId, string ElementType, string Code, string Message)
{
    public override string ToString() => $"{ElementId} ({ElementType}) [{Code}]: {Message}";
}
