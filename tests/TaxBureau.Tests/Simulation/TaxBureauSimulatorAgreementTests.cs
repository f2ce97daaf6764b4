using SocialInsurance.TaxBureau.Simulation;
using static SocialInsurance.TaxBureau.Tests.People;

namespace SocialInsurance.TaxBureau.Tests.Simulation;

public sealed class TaxBureauSimulatorAgreementTests : IDisposable
{
    private readonly SimulatorFixture _fixture = new();

    private TaxBureauSimulator Simulator => _fixture.Simulator;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task SignAgreement_SignsWithMaskedAccount_WhenCardIsThePayersOwn()
    {
        // Given a person without an agreement

        // When they sign with their own card
        var result = await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);

        // Then the agreement is in force and only the masked number comes back
        Assert.True(result.IsSigned);
        Assert.Empty(result.Errors);
        var status = Assert.Single(await Simulator.GetAgreementStatusesAsync([Ayguli]));
        Assert.Equal(new AgreementStatus(Ayguli, AgreementState.Signed, Icbc, "6222***********0123", _fixture.Time.GetUtcNow(), null), status);
    }

    [Fact]
    public async Task SignAgreement_RefusesAndStoresNothing_WhenHolderIsSomeoneElse()
    {
        // Given a person without an agreement

        // When they sign with a card in another person's name
        var result = await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, WangName);

        // Then the bank refuses, in both languages, and nothing is stored
        Assert.False(result.IsSigned);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Agreement.HolderMismatch", error.Code);
        Assert.Contains("持卡人", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("holder", error.MessageEn, StringComparison.Ordinal);
        Assert.Equal(AgreementState.NotSigned, (await Simulator.GetAgreementStatusesAsync([Ayguli]))[0].State);
    }

    [Theory]
    [InlineData("622202123456789")]
    [InlineData("62220212345678901234")]
    [InlineData("6222021234567890abc")]
    [InlineData("")]
    public async Task SignAgreement_Refuses_WhenAccountIsNot16To19Digits(string account)
    {
        // Given a person without an agreement

        // When they sign with a malformed card number
        var result = await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, account, AyguliName);

        // Then the number is refused
        Assert.Equal(["Agreement.AccountNumber"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task SignAgreement_ReportsEveryProblem_WhenSeveralFieldsAreWrong()
    {
        // Given a request with a bad ID number, no bank, a short account and someone else's name

        // When it is signed
        var result = await Simulator.SignAgreementAsync("12345", AyguliName, " ", "123", WangName);

        // Then every problem is reported at once
        Assert.Equal(
            ["Agreement.IdNumber", "Agreement.BankCode", "Agreement.AccountNumber", "Agreement.HolderMismatch"],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task SignAgreement_AcceptsHolderName_WhenOnlyTheMiddleDotDiffers()
    {
        // Given a name with the middle dot of a Uyghur name, typed with another dot on the card form

        // When the person signs
        var result = await Simulator.SignAgreementAsync(Maimaiti, MaimaitiName, Icbc, "6222 0212 3456 7890 123", "买买提•艾力");

        // Then the names count as equal and spaces in the card number are ignored
        Assert.True(result.IsSigned);
        Assert.Equal("6222***********0123", result.Agreement!.AccountNumber);
    }

    [Fact]
    public async Task SignAgreement_ReplacesTheEarlierAgreement_WhenSignedAgain()
    {
        // Given a signed agreement
        await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        _fixture.Time.Advance(TimeSpan.FromDays(3));

        // When the person signs again with another card
        var result = await Simulator.SignAgreementAsync(Ayguli, AyguliName, "CCB", AccountB, AyguliName);

        // Then only the new agreement is valid
        Assert.True(result.IsSigned);
        var status = Assert.Single(await Simulator.GetAgreementStatusesAsync([Ayguli]));
        Assert.Equal(AgreementState.Signed, status.State);
        Assert.Equal("CCB", status.BankCode);
        Assert.Equal("6217********5678", status.AccountNumber);
        Assert.Equal(_fixture.Time.GetUtcNow(), status.SignedAt);
    }

    [Fact]
    public async Task RevokeAgreement_Revokes_WhenSigned()
    {
        // Given a signed agreement
        await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        _fixture.Time.Advance(TimeSpan.FromHours(1));

        // When it is revoked
        var result = await Simulator.RevokeAgreementAsync(Ayguli);

        // Then it reads as revoked, with when
        Assert.Equal(RevokeAgreementOutcome.Revoked, result.Outcome);
        var status = (await Simulator.GetAgreementStatusesAsync([Ayguli]))[0];
        Assert.Equal(AgreementState.Revoked, status.State);
        Assert.Equal(_fixture.Time.GetUtcNow(), status.RevokedAt);
    }

    [Fact]
    public async Task RevokeAgreement_ReportsNoValidAgreement_WhenNeverSigned()
    {
        // Given a person who never signed

        // When a revocation arrives
        var result = await Simulator.RevokeAgreementAsync(Ayguli);

        // Then it is reported as such and nothing is created
        Assert.Equal(RevokeAgreementOutcome.NoValidAgreement, result.Outcome);
        Assert.Equal(AgreementState.NotSigned, result.Agreement.State);
    }

    [Fact]
    public async Task RevokeAgreement_ReportsNoValidAgreement_WhenAlreadyRevoked()
    {
        // Given a revoked agreement
        await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        var first = await Simulator.RevokeAgreementAsync(Ayguli);
        _fixture.Time.Advance(TimeSpan.FromHours(1));

        // When it is revoked again
        var second = await Simulator.RevokeAgreementAsync(Ayguli);

        // Then the first revocation stands unchanged
        Assert.Equal(RevokeAgreementOutcome.NoValidAgreement, second.Outcome);
        Assert.Equal(first.Agreement, second.Agreement);
    }

    [Fact]
    public async Task SignAgreement_SignsAgain_AfterRevocation()
    {
        // Given a revoked agreement
        await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        await Simulator.RevokeAgreementAsync(Ayguli);

        // When the person signs again
        var result = await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);

        // Then a fresh agreement is in force
        Assert.Equal(AgreementState.Signed, result.Agreement!.State);
        Assert.Null(result.Agreement.RevokedAt);
    }

    [Fact]
    public async Task GetAgreementStatuses_AnswersOncePerPersonInOrder_WhenSomeAreUnknown()
    {
        // Given one signed person
        await Simulator.SignAgreementAsync(Maimaiti, MaimaitiName, Icbc, AccountA, MaimaitiName);

        // When three people are asked for, one of them twice
        var statuses = await Simulator.GetAgreementStatusesAsync([Wang, Maimaiti, Wang, Ayguli]);

        // Then each appears once, in the order asked, unknown people as NotSigned
        Assert.Equal([Wang, Maimaiti, Ayguli], statuses.Select(s => s.IdNumber));
        Assert.Equal([AgreementState.NotSigned, AgreementState.Signed, AgreementState.NotSigned], statuses.Select(s => s.State));
    }

    [Fact]
    public async Task Simulator_KeepsAgreements_AfterRestart()
    {
        // Given one signed and one revoked agreement
        await Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        await Simulator.SignAgreementAsync(Wang, WangName, Icbc, AccountB, WangName);
        await Simulator.RevokeAgreementAsync(Wang);
        var before = await Simulator.GetAgreementStatusesAsync([Ayguli, Wang]);

        // When the process restarts over the same data folder
        _fixture.Restart();

        // Then both read exactly as before
        Assert.Equal(before, await Simulator.GetAgreementStatusesAsync([Ayguli, Wang]));
    }
}
