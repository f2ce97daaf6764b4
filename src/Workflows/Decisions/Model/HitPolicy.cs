namespace SocialInsurance.Workflows.Decisions.Model;

/// <summary>DMN 1.3's hit policies. Camunda 7 knows all but <see cref="Priority"/> and <see cref="OutputOrder"/>, which follow the DMN specification.</summary>
public enum HitPolicy
{
    Unique,
    First,
    Priority,
    Any,
    Collect,
    RuleOrder,
    OutputOrder,
}
