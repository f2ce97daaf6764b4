namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>The task events a listener can follow (Camunda 7's names, lower-case in the XML).</summary>
public enum TaskEvent
{
    Create,
    Assignment,
    Complete,
}
