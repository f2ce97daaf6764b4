namespace SocialInsurance.Domain.Insurance;

/// <summary>Why a person's coverage changed.</summary>
public enum StatusChangeKind
{
    Enrolled,
    Suspended,
    Resumed,
    Terminated,
}
