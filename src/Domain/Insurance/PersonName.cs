namespace SocialInsurance.Domain.Insurance;

/// <summary>
/// Compares names as a bank or ID card prints them: surrounding spaces ignored, and the middle dot of minority and
/// transliterated names (买买提·艾力) accepted in its common variants, since Xinjiang names often carry one and
/// keyboards produce different dots.
/// </summary>
public static class PersonName
{
    public static string Normalise(string? name) =>
        (name ?? string.Empty).Trim()
            .Replace('•', '·')
            .Replace('．', '·')
            .Replace('.', '·')
            .Replace('・', '·');
}
