using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Decisions.Model;

/// <summary>A row: it matches when every input entry matches; then its output entries (null for an empty cell) are its result.</summary>
public sealed record DecisionRule(
    string Id,
    string? Description,
    IReadOnlyList<FeelUnaryTests> InputEntries,
    IReadOnlyList<string> InputEntryTexts,
    IReadOnlyList<FeelNode?> OutputEntries,
    IReadOnlyList<string> OutputEntryTexts);
