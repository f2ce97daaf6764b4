namespace SocialInsurance.Workflows.Model;

/// <summary>
/// A <c>camunda:inputParameter</c> or <c>camunda:outputParameter</c>. <see cref="Expression"/> is a JavaScript
/// expression when written as <c>${...}</c>, otherwise a literal string.
/// </summary>
public sealed record IoParameter(string Name, string Expression);
