namespace SocialInsurance.TaxBureau.Tests;

/// <summary>ID numbers of the right shape (the simulator checks the shape only; the domain checks the digit).</summary>
internal static class People
{
    public const string Ayguli = "650102199001011228";
    public const string Maimaiti = "650104198505052316";
    public const string Wang = "11010519491231002X";

    public const string AyguliName = "阿依古丽";
    public const string MaimaitiName = "买买提·艾力";
    public const string WangName = "王芳";

    public const string Icbc = "ICBC";
    public const string AccountA = "6222021234567890123";
    public const string AccountB = "6217000012345678";
}
