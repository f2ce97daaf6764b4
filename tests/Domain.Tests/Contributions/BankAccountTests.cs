using SocialInsurance.Domain.Contributions;

namespace SocialInsurance.Domain.Tests.Contributions;

public class BankAccountTests
{
    [Theory]
    [InlineData("6222020200112233")]
    [InlineData("6222 0202 0011 2233 445")]
    public void BankAccount_IsAccepted_WhenSixteenToNineteenDigitsAndHolderIsApplicant(string number)
    {
        // Given / When
        var errors = BankAccount.TryCreate(number, " 张三 ", "张三", out var account);

        // Then
        Assert.Empty(errors);
        Assert.Equal(number.Replace(" ", string.Empty), account!.Number);
    }

    [Fact]
    public void BankAccount_ReportsEveryProblem_WhenNumberAndHolderAreWrong()
    {
        // Given a 15-digit number held by someone else
        // When
        var errors = BankAccount.TryCreate("622202020011223", "李四", "张三", out var account);

        // Then
        Assert.Null(account);
        Assert.Equal(["BankAccount.Number", "BankAccount.HolderMismatch"], errors.Select(e => e.Code));
    }

    [Fact]
    public void BankAccount_AcceptsEitherMiddleDot_InUyghurNames()
    {
        // Given the holder typed with a different dot from the ID card
        // When
        var errors = BankAccount.TryCreate("62220202001122334", "买买提•艾力", "买买提·艾力", out _);

        // Then
        Assert.Empty(errors);
    }

    [Fact]
    public void BankAccount_IsRejected_WhenHolderMissing()
    {
        // Given / When
        var errors = BankAccount.TryCreate("62220202001122334", "  ", "张三", out _);

        // Then
        Assert.Equal("BankAccount.HolderMissing", Assert.Single(errors).Code);
    }

    [Fact]
    public void Masked_KeepsFirstAndLastFour()
    {
        // Given / When / Then
        Assert.Equal("6222********2233", BankAccount.Create("6222020200112233", "张三", "张三").Masked);
    }
}
