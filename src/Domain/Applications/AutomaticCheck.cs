namespace SocialInsurance.Domain.Applications;

/// <summary>
/// One line of the checklist the reviewer confirms: which check, its outcome, and the reason in Chinese and English
/// (the failed rules' own messages, or what was found when it passed), never a raw code.
/// </summary>
public sealed record AutomaticCheck(string Code, CheckOutcome Outcome, string Zh, string En);
