namespace SocialInsurance.Domain.Applications;

public enum CheckOutcome
{
    Passed,
    Failed,
    NotApplicable,
}
