using SocialInsurance.Domain.Insurance;

namespace SocialInsurance.Domain.Tests.Insurance;

public class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    [InlineData("34052419800101001X")]
    [InlineData("11010519491231002x")]
    public void ResidentIdNumber_IsAccepted_WhenCheckCharacterMatches(string text)
    {
        // Given a number whose check character follows ISO 7064 MOD 11-2 (DOMAIN-SOURCES §9 vectors)
        // When
        var ok = ResidentIdNumber.TryCreate(text, out var id, out var error);

        // Then
        Assert.True(ok, error?.ToString());
        Assert.Equal(text.ToUpperInvariant(), id!.Value);
    }

    [Fact]
    public void CheckCharacterFor_IsX_ForKnownBody()
    {
        // Given / When
        var check = ResidentIdNumber.CheckCharacterFor("34052419800101001");

        // Then
        Assert.Equal('X', check);
    }

    [Theory]
    [InlineData("110105194912310021", "ResidentId.CheckDigit")]
    [InlineData("440524188001010015", "ResidentId.CheckDigit")]
    [InlineData("110105194902300026", "ResidentId.BirthDate")]
    [InlineData("110105194913010026", "ResidentId.BirthDate")]
    [InlineData("11010519491231002", "ResidentId.Format")]
    [InlineData("1101051949123100211", "ResidentId.Format")]
    [InlineData("11010519491231002Y", "ResidentId.Format")]
    [InlineData("1101051949A231002X", "ResidentId.Format")]
    [InlineData("", "ResidentId.Format")]
    [InlineData(null, "ResidentId.Format")]
    public void ResidentIdNumber_IsRejected_WhenMalformed(string? text, string expectedCode)
    {
        // Given a wrong check digit, an impossible date or a wrong shape
        // When
        var ok = ResidentIdNumber.TryCreate(text, out _, out var error);

        // Then
        Assert.False(ok);
        Assert.Equal(expectedCode, error!.Code);
        Assert.False(string.IsNullOrEmpty(error.MessageZh));
        Assert.False(string.IsNullOrEmpty(error.MessageEn));
    }

    [Fact]
    public void ResidentIdNumber_DerivesBirthDateAndSex_FromItsDigits()
    {
        // Given
        var woman = ResidentIdNumber.Create("11010519491231002X");
        var man = ResidentIdNumber.Create("440524188001010014");

        // When / Then: the 17th digit is even for her (2) and odd for him (1)
        Assert.Equal(new DateOnly(1949, 12, 31), woman.BirthDate);
        Assert.Equal(Sex.Female, woman.Sex);
        Assert.Equal(new DateOnly(1880, 1, 1), man.BirthDate);
        Assert.Equal(Sex.Male, man.Sex);
    }

    [Fact]
    public void Masked_KeepsFirstAndLastFour_AndHidesTheRest()
    {
        // Given
        var id = ResidentIdNumber.Create("11010519491231002X");

        // When / Then
        Assert.Equal("1101**********002X", id.Masked);
        Assert.Equal(id.Masked, id.ToString());
    }

    [Fact]
    public void AgeOn_CountsTheBirthdayFromItsDay()
    {
        // Given someone born 1949-12-31
        var id = ResidentIdNumber.Create("11010519491231002X");

        // When / Then
        Assert.Equal(15, id.AgeOn(new DateOnly(1965, 12, 30)));
        Assert.Equal(16, id.AgeOn(new DateOnly(1965, 12, 31)));
    }
}
