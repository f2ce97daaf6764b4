using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Decisions.Model;

/// <summary>
/// A column of conditions: the value of <see cref="Expression"/> (typed by <see cref="TypeRef"/>) is tested by each
/// rule's entry; inside an entry the value is also named <see cref="InputVariable"/> (<c>camunda:inputVariable</c>,
/// <c>cellInput</c> by default).
/// </summary>
public sealed record InputClause(string Id, string? Label, string ExpressionText, FeelNode Expression, string? TypeRef, string InputVariable = "cellInput");
