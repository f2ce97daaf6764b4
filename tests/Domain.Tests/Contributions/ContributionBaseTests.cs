using SocialInsurance.Domain.Contributions;

namespace SocialInsurance.Domain.Tests.Contributions;

public class ContributionBaseTests
{
    [Theory]
    [InlineData("0", "ContributionBase.NotPositive")]
    [InlineData("-5", "Money.Negative")]
    [InlineData("x", "Money.Invalid")]
    public void TryCreate_Fails_WhenNotAPositiveAmount(string text, string code)
    {
        // Given / When
        var ok = ContributionBase.TryCreate(text, out _, out var error);

        // Then
        Assert.False(ok);
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void TryCreate_KeepsTheFen()
    {
        // Given / When
        var ok = ContributionBase.TryCreate("3681.55", out var value, out _);

        // Then
        Assert.True(ok);
        Assert.Equal(3681.55m, value!.Monthly.Yuan);
    }
}
