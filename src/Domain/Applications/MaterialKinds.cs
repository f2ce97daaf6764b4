namespace SocialInsurance.Domain.Applications;

/// <summary>Names of each <see cref="MaterialKind"/> for messages and forms.</summary>
public static class MaterialKinds
{
    public static string NameZh(this MaterialKind kind) => Names(kind).Zh;

    public static string NameEn(this MaterialKind kind) => Names(kind).En;

    // Both languages of a kind side by side: a kind added to one list and not the other cannot happen.
    private static (string Zh, string En) Names(MaterialKind kind) => kind switch
    {
        MaterialKind.IdCardFront => ("身份证正面", "ID card (front)"),
        MaterialKind.IdCardBack => ("身份证反面", "ID card (back)"),
        MaterialKind.HouseholdRegister => ("户口本复印件", "Copy of the household register"),
        MaterialKind.IdCardCopy => ("第二代身份证复印件", "Copy of the second-generation ID card"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown material kind."),
    };
}
