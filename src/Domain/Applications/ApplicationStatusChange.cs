namespace SocialInsurance.Domain.Applications;

/// <summary>One step of an application's progress (我要查 → 进度查看): who moved it, when, and why.</summary>
public sealed record ApplicationStatusChange(ApplicationStatus From, ApplicationStatus To, DateTimeOffset At, string Actor, string? Comment);
