using SocialInsurance.Domain.Insurance;

namespace SocialInsurance.Domain.Tests;

/// <summary>Valid resident ID numbers for a given birth date and sex (Urumqi 天山区 address code).</summary>
public static class Ids
{
    public static ResidentIdNumber Man(string birthDate) => Make(birthDate, "001");

    public static ResidentIdNumber Woman(string birthDate) => Make(birthDate, "002");

    private static ResidentIdNumber Make(string birthDate, string sequence)
    {
        var body = "650102" + birthDate.Replace("-", string.Empty) + sequence;
        return ResidentIdNumber.Create(body + ResidentIdNumber.CheckCharacterFor(body));
    }
}
