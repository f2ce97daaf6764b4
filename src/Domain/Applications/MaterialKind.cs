namespace SocialInsurance.Domain.Applications;

/// <summary>The uploads the 新参保 step asks for (seed text step 5: 身份证, 户口本复印件, 第二代身份证复印件).</summary>
public enum MaterialKind
{
    IdCardFront,
    IdCardBack,
    HouseholdRegister,
    IdCardCopy,
}
