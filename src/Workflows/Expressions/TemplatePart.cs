namespace SocialInsurance.Workflows.Expressions;

/// <summary>A piece of a text template: literal text, or the inside of a <c>${ ... }</c>.</summary>
internal readonly record struct TemplatePart(string Text, bool IsExpression);
