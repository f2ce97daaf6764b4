using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Contributions;

public class DeductionAgreementTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 6, 2, 0, 0, TimeSpan.Zero);
    private static readonly BankAccount Card = BankAccount.Create("6222020200112233", "张三", "张三");

    [Fact]
    public void NewAgreement_IsNotSigned()
    {
        // Given / When / Then
        Assert.Equal(DeductionAgreementStatus.NotSigned, new DeductionAgreement(Guid.NewGuid(), Guid.NewGuid(), "张三").Status);
    }

    [Fact]
    public void Sign_BindsTheCard_AndRaisesDeductionAgreementSigned()
    {
        // Given
        var agreement = new DeductionAgreement(Guid.NewGuid(), Guid.NewGuid(), "张三");

        // When
        agreement.Sign("ICBC", Card, Now);

        // Then
        Assert.Equal(DeductionAgreementStatus.Signed, agreement.Status);
        Assert.Equal(Card, agreement.Account);
        var signed = Assert.IsType<DeductionAgreementSigned>(Assert.Single(agreement.DomainEvents));
        Assert.Equal("6222********2233", signed.MaskedAccount);
    }

    [Fact]
    public void Sign_Throws_WhenAlreadySigned()
    {
        // Given
        var agreement = new DeductionAgreement(Guid.NewGuid(), Guid.NewGuid(), "张三");
        agreement.Sign("ICBC", Card, Now);

        // When / Then
        var error = Assert.Throws<DomainException>(() => agreement.Sign("CCB", Card, Now));
        Assert.Equal("DeductionAgreement.AlreadySigned", error.Code);
    }

    [Fact]
    public void Sign_Throws_WhenCardBelongsToSomeoneElse()
    {
        // Given
        var agreement = new DeductionAgreement(Guid.NewGuid(), Guid.NewGuid(), "张三");
        var othersCard = BankAccount.Create("6222020200112233", "李四", "李四");

        // When / Then
        var error = Assert.Throws<DomainException>(() => agreement.Sign("ICBC", othersCard, Now));
        Assert.Equal("BankAccount.HolderMismatch", error.Code);
        Assert.Equal(DeductionAgreementStatus.NotSigned, agreement.Status);
    }

    [Fact]
    public void Revoke_EndsASignedAgreement_AndItCanBeSignedAgain()
    {
        // Given
        var agreement = new DeductionAgreement(Guid.NewGuid(), Guid.NewGuid(), "张三");
        agreement.Sign("ICBC", Card, Now);

        // When
        agreement.Revoke(Now.AddDays(1));
        var revoked = agreement.Status;
        agreement.Sign("CCB", Card, Now.AddDays(2));

        // Then
        Assert.Equal(DeductionAgreementStatus.Revoked, revoked);
        Assert.Equal(DeductionAgreementStatus.Signed, agreement.Status);
        Assert.Equal("CCB", agreement.BankCategoryCode);
        Assert.Null(agreement.RevokedAt);
        Assert.Equal(
            [typeof(DeductionAgreementSigned), typeof(DeductionAgreementRevoked), typeof(DeductionAgreementSigned)],
            agreement.DomainEvents.Select(e => e.GetType()));
    }

    [Fact]
    public void Revoke_Throws_WhenNotSigned()
    {
        // Given
        var agreement = new DeductionAgreement(Guid.NewGuid(), Guid.NewGuid(), "张三");

        // When / Then
        Assert.Equal("DeductionAgreement.NotSigned", Assert.Throws<DomainException>(() => agreement.Revoke(Now)).Code);
    }

    [Fact]
    public void Revoke_Throws_WhenAlreadyRevoked()
    {
        // Given
        var agreement = new DeductionAgreement(Guid.NewGuid(), Guid.NewGuid(), "张三");
        agreement.Sign("ICBC", Card, Now);
        agreement.Revoke(Now);

        // When / Then
        Assert.Throws<DomainException>(() => agreement.Revoke(Now));
    }
}
