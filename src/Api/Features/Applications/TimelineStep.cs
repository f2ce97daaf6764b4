namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// One step of the progress view (办理进度). <see cref="ActorRole"/> is applicant, reviewer or system — never the
/// reviewer's user name: the applicant is entitled to the decision and its reasons, not to who the clerk was.
/// </summary>
public sealed record TimelineStep(string ElementId, string NameZh, string NameEn, string Status, DateTimeOffset At, string ActorRole, string? Comment);
