using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Processes;

/// <summary>The contract of every case process, one per application type.</summary>
public static class CaseProcesses
{
    public static readonly IReadOnlyList<ProcessContract> All = [NewEnrollmentProcess.Contract, ResumptionProcess.Contract, SuspensionProcess.Contract];

    /// <summary>The process an application of <paramref name="type"/> runs; an unknown type is a programming error.</summary>
    public static ProcessContract For(ApplicationType type) =>
        All.FirstOrDefault(c => c.ApplicationType == type)
        ?? throw new InvalidOperationException($"Expected a process for application type {type}, but none is defined.");

    /// <summary>The contract of a deployed process key, or null for a process the cases do not start (one drawn in the Studio).</summary>
    public static ProcessContract? ByKey(string processKey) => All.FirstOrDefault(c => c.Key == processKey);
}
