using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.SeedWork;

public class MoneyTests
{
    [Theory]
    [InlineData(0.005, 0.01)]
    [InlineData(0.015, 0.02)]
    [InlineData(0.025, 0.03)]
    [InlineData(736.2049, 736.20)]
    public void FromYuan_RoundsHalfUpToTheFen(decimal input, decimal expected)
    {
        // Given / When / Then: banker's rounding would give 0.02 for 0.025
        Assert.Equal(expected, Money.FromYuan(input).Yuan);
    }

    [Fact]
    public void Multiply_RoundsTheResultToTheFen()
    {
        // Given
        var wage = Money.FromYuan(3681.55m);

        // When
        var contribution = wage * 0.2m;

        // Then
        Assert.Equal(736.31m, contribution.Yuan);
    }

    [Fact]
    public void RoundToYuan_RoundsHalfUp()
    {
        // Given / When / Then
        Assert.Equal(3919m, Money.FromYuan(3918.6m).RoundToYuan().Yuan);
        Assert.Equal(4572m, Money.FromYuan(4571.5m).RoundToYuan().Yuan);
    }

    [Theory]
    [InlineData("abc", "Money.Invalid")]
    [InlineData("-1", "Money.Negative")]
    [InlineData("1.001", "Money.TooPrecise")]
    public void TryCreate_Fails_WithAClearError(string text, string code)
    {
        // Given / When
        var ok = Money.TryCreate(text, out _, out var error);

        // Then
        Assert.False(ok);
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void TryCreate_ReadsYuanWithFen()
    {
        // Given / When
        var ok = Money.TryCreate("3681.50", out var money, out _);

        // Then
        Assert.True(ok);
        Assert.Equal("3681.50", money.ToString());
    }
}
