namespace SocialInsurance.Workflows.Execution.UserTasks;

public enum CandidateKind
{
    Group,
    User,
}
