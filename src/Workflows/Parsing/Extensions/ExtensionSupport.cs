namespace SocialInsurance.Workflows.Parsing.Extensions;

[Flags]
internal enum ExtensionSupport
{
    None = 0,
    InputParameters = 1,
    OutputParameters = 2,
}
