using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Applications;

public class DeclaredAccountTests
{
    [Fact]
    public void IsDeclaredAccount_IsTrueOnlyForTheDeclaredNumber()
    {
        // Given
        var application = Applications.In(ApplicationStatus.Approved);
        var declared = application.DeclaredAccount!.Number;

        // When / Then
        Assert.True(application.IsDeclaredAccount(declared));
        Assert.False(application.IsDeclaredAccount("6222029876543210987"));
        Assert.False(application.IsDeclaredAccount(null));
        Assert.True(application.IsDeclaredAccount(application.DeclaredAccount.Masked));
        Assert.False(application.IsDeclaredAccount("6222***********0987"));
    }

    [Fact]
    public void ChangeDeclaredAccount_ReplacesTheBank_WhileApproved()
    {
        // Given
        var application = Applications.In(ApplicationStatus.Approved);
        var other = BankAccount.Create("6222029876543210987", "张三", "张三");

        // When
        application.ChangeDeclaredAccount("ICBC", other);

        // Then
        Assert.Equal(other, application.DeclaredAccount);
        Assert.Equal("ICBC", ((NewEnrollmentDetails)application.Details).BankCategoryCode);
        Assert.True(application.IsDeclaredAccount("6222 0298 7654 3210 987"));
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.Completed)]
    public void ChangeDeclaredAccount_Throws_UnlessApproved(ApplicationStatus status)
    {
        // Given
        var application = Applications.In(status);

        // When / Then
        Assert.Equal("Application.CannotChangeAccount", Assert.Throws<DomainException>(
            () => application.ChangeDeclaredAccount("ICBC", BankAccount.Create("6222029876543210987", "张三", "张三"))).Errors[0].Code);
    }
}
