namespace SocialInsurance.Api.Infrastructure.Input;

public enum TextKind
{
    /// <summary>Names, codes, addresses, numbers: no line breaks or tabs.</summary>
    SingleLine,

    /// <summary>Comments and descriptions: line breaks and tabs allowed.</summary>
    MultiLine,
}
