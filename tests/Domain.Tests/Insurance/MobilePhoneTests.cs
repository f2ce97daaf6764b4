using SocialInsurance.Domain.Insurance;

namespace SocialInsurance.Domain.Tests.Insurance;

public class MobilePhoneTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("199 1234 5678", "19912345678")]
    [InlineData("+8615012345678", "15012345678")]
    public void MobilePhone_IsAccepted_WhenElevenDigitsStartingWith13To19(string text, string expected)
    {
        // Given / When
        var ok = MobilePhone.TryCreate(text, out var phone, out _);

        // Then
        Assert.True(ok);
        Assert.Equal(expected, phone!.Value);
    }

    [Theory]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("1381234567a")]
    [InlineData(null)]
    public void MobilePhone_IsRejected_WhenNotAChineseMobileNumber(string? text)
    {
        // Given / When
        var ok = MobilePhone.TryCreate(text, out _, out var error);

        // Then
        Assert.False(ok);
        Assert.Equal("MobilePhone.Invalid", error!.Code);
    }

    [Fact]
    public void Masked_HidesTheMiddleFourDigits()
    {
        // Given / When / Then
        Assert.Equal("138****5678", MobilePhone.Create("13812345678").Masked);
    }
}
