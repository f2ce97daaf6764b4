namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>The two texts of one error, each a template whose <c>{name}</c> placeholders take the error's arguments.</summary>
public sealed record ErrorText(string Zh, string En)
{
    public string In(Language language) => language == Language.English ? En : Zh;
}
