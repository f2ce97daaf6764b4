namespace SocialInsurance.Workflows.Parsing.Events;

[Flags]
internal enum EventDefinitionKinds
{
    None = 0,
    Timer = 1,
    Message = 2,
    Terminate = 4,
    Link = 8,
    Error = 16,
    Escalation = 32,
    Signal = 64,
    Conditional = 128,
    Compensation = 256,
}
