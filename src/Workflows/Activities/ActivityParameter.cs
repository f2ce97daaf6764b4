namespace SocialInsurance.Workflows.Activities;

/// <summary>An input or output of an activity; <see cref="DefaultValue"/> is what the template pre-fills (often <c>${variable}</c>).</summary>
public sealed record ActivityParameter(string Name, string Label, string Description, bool Required = false, string? DefaultValue = null);
