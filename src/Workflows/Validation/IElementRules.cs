namespace SocialInsurance.Workflows.Validation;

/// <summary>The structural rules for one kind of BPMN element; problems are returned as data, never thrown.</summary>
internal interface IElementRules
{
    IEnumerable<ValidationIssue> Check(ProcessDraft draft);
}
