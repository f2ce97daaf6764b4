namespace SocialInsurance.Workflows.Forms.Feel;

internal enum FeelTokenKind { Name, String, Number, Operator, LeftParen, RightParen, LeftBracket, RightBracket, Comma, Dot, Range, End }

internal readonly record struct FeelToken(FeelTokenKind Kind, string Text, int Position);
