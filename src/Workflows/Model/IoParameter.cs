namespace SocialInsurance.Workflows.Model;

/// <summary>
/// A <c>camunda:inputParameter</c> or <c>camunda:outputParameter</c>. <see cref="Expression"/> is a JavaScript
/// expression when written as <c>${...}</c>, otherwise a literal string; lists and maps are compiled at deploy into
/// one such expression. With <see cref="IsScript"/> it is a JavaScript script whose completion value is the value.
/// </summary>
public sealed record IoParameter(string Name, string Expression, bool IsScript = false);
