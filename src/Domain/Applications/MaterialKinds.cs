namespace SocialInsurance.Domain.Applications;

/// <summary>Names of each <see cref="MaterialKind"/> for messages and forms.</summary>
public static class MaterialKinds
{
    public static string NameZh(this MaterialKind kind) => kind switch
    {
        MaterialKind.IdCardFront => "身份证正面",
        MaterialKind.IdCardBack => "身份证反面",
        MaterialKind.HouseholdRegister => "户口本复印件",
        MaterialKind.IdCardCopy => "第二代身份证复印件",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown material kind."),
    };

    public static string NameEn(this MaterialKind kind) => kind switch
    {
        MaterialKind.IdCardFront => "ID card (front)",
        MaterialKind.IdCardBack => "ID card (back)",
        MaterialKind.HouseholdRegister => "Copy of the household register",
        MaterialKind.IdCardCopy => "Copy of the second-generation ID card",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown material kind."),
    };
}
