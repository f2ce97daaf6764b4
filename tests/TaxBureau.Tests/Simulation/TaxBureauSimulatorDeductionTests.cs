using SocialInsurance.TaxBureau.Simulation;
using static SocialInsurance.TaxBureau.Tests.People;

namespace SocialInsurance.TaxBureau.Tests.Simulation;

public sealed class TaxBureauSimulatorDeductionTests : IDisposable
{
    private const string March = "2026-03";
    private const decimal MonthlyAmount = 736.20m;

    private readonly List<SimulatorFixture> _fixtures = [];

    public void Dispose() => _fixtures.ForEach(f => f.Dispose());

    [Fact]
    public async Task RunDeductionBatch_Succeeds_WhenAgreementIsSigned()
    {
        // Given a signed agreement
        var fixture = Start();
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);

        // When the batch for March runs
        var result = Assert.Single(await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]));

        // Then the amount is taken, with a result id to record it by
        Assert.Equal(DeductionOutcome.Succeeded, result.Outcome);
        Assert.Equal(MonthlyAmount, result.Amount);
        Assert.Equal(March, result.Period);
        Assert.Equal(fixture.Time.GetUtcNow(), result.DeductedAt);
        Assert.False(string.IsNullOrEmpty(result.ResultId));
    }

    [Fact]
    public async Task RunDeductionBatch_ReportsNoAgreement_WhenNoneWasSigned()
    {
        // Given a person who never signed
        var fixture = Start();

        // When the batch runs
        var result = Assert.Single(await fixture.Simulator.RunDeductionBatchAsync(March, [(Wang, MonthlyAmount)]));

        // Then nothing could be deducted
        Assert.Equal(DeductionOutcome.NoAgreement, result.Outcome);
    }

    [Fact]
    public async Task RunDeductionBatch_ReportsNoAgreement_WhenAgreementWasRevoked()
    {
        // Given a revoked agreement
        var fixture = Start();
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        await fixture.Simulator.RevokeAgreementAsync(Ayguli);

        // When the batch runs
        var result = Assert.Single(await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]));

        // Then a revoked agreement cannot be used (§6.3)
        Assert.Equal(DeductionOutcome.NoAgreement, result.Outcome);
    }

    [Fact]
    public async Task RunDeductionBatch_ReportsInsufficientBalance_WhenIdNumberIsConfiguredToFail()
    {
        // Given a person configured to fail, and another who is not
        var fixture = Start(o => o.FailingIdNumbers = [Ayguli]);
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        await fixture.Simulator.SignAgreementAsync(Wang, WangName, Icbc, AccountB, WangName);

        // When the batch runs
        var results = await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount), (Wang, MonthlyAmount)]);

        // Then only the configured person fails
        Assert.Equal([DeductionOutcome.InsufficientBalance, DeductionOutcome.Succeeded], results.Select(r => r.Outcome));
    }

    [Fact]
    public async Task RunDeductionBatch_ReportsInsufficientBalance_WhenAccountIsConfiguredToFail()
    {
        // Given a card configured to fail
        var fixture = Start(o => o.FailingAccountNumbers = [AccountB]);
        await fixture.Simulator.SignAgreementAsync(Wang, WangName, Icbc, AccountB, WangName);

        // When the batch runs
        var result = Assert.Single(await fixture.Simulator.RunDeductionBatchAsync(March, [(Wang, MonthlyAmount)]));

        // Then the deduction fails for lack of money
        Assert.Equal(DeductionOutcome.InsufficientBalance, result.Outcome);
    }

    [Fact]
    public async Task RunDeductionBatch_KeepsTheFirstSuccess_WhenRunTwiceForThePeriod()
    {
        // Given a batch that already took March's contribution
        var fixture = Start();
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        var first = (await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]))[0];
        fixture.Time.Advance(TimeSpan.FromDays(1));

        // When the same batch runs again, even with another amount
        var second = (await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, 999m)]))[0];

        // Then nothing is taken twice: the same result, same id, same amount
        Assert.Equal(first, second);
        Assert.Equal(first, (await fixture.Simulator.GetDeductionResultsAsync(March, [Ayguli]))[0]);
    }

    [Fact]
    public async Task RunDeductionBatch_TriesAgainWithNewResultId_WhenTheLastAttemptFailed()
    {
        // Given a failed attempt for lack of an agreement
        var fixture = Start();
        var failed = (await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]))[0];
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);

        // When the batch runs again after the person signed
        var retried = (await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]))[0];

        // Then it is a new attempt that succeeds
        Assert.Equal(DeductionOutcome.Succeeded, retried.Outcome);
        Assert.NotEqual(failed.ResultId, retried.ResultId);
    }

    [Fact]
    public async Task RunDeductionBatch_DeductsEachPeriodOnce_WhenPeriodsDiffer()
    {
        // Given March already deducted
        var fixture = Start();
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        var march = (await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]))[0];

        // When April's batch runs
        var april = (await fixture.Simulator.RunDeductionBatchAsync("2026-04", [(Ayguli, MonthlyAmount)]))[0];

        // Then April is a deduction of its own
        Assert.Equal(DeductionOutcome.Succeeded, april.Outcome);
        Assert.NotEqual(march.ResultId, april.ResultId);
    }

    [Fact]
    public async Task RunDeductionBatch_AnswersOncePerPerson_WhenListedTwice()
    {
        // Given a signed person listed twice in one batch
        var fixture = Start();
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);

        // When the batch runs
        var results = await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount), (Ayguli, MonthlyAmount)]);

        // Then one deduction, one result
        Assert.Single(results);
    }

    [Fact]
    public async Task RunDeductionBatch_RecordsNothing_WhenAnAmountIsNotPositive()
    {
        // Given a batch whose second line is wrong
        var fixture = Start();
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);

        // When it runs
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount), (Wang, 0m)]));

        // Then not even the first line was recorded
        Assert.Equal(DeductionOutcome.NotAttempted, (await fixture.Simulator.GetDeductionResultsAsync(March, [Ayguli]))[0].Outcome);
    }

    [Theory]
    [InlineData("2026-3")]
    [InlineData("2026-13")]
    [InlineData("202603")]
    public async Task RunDeductionBatch_Throws_WhenPeriodIsNotYearMonth(string period)
    {
        // Given a simulator
        var fixture = Start();

        // When / Then a malformed period is refused
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Simulator.RunDeductionBatchAsync(period, [(Ayguli, MonthlyAmount)]));
    }

    [Fact]
    public async Task RunDeductionBatch_FailsTheSamePeople_WhenFailureRateUsesTheSameSeed()
    {
        // Given two simulators with the same seed and a 50 % failure rate, and 60 signed people in each
        var people = Enumerable.Range(0, 60).Select(i => $"6501021990010{i:D4}1").ToList();
        var outcomes = new List<DeductionOutcome[]>();
        foreach (var fixture in new[] { Start(Seeded), Start(Seeded) })
        {
            foreach (var id in people)
            {
                await fixture.Simulator.SignAgreementAsync(id, WangName, Icbc, AccountA, WangName);
            }

            // When each runs the same batch
            outcomes.Add((await fixture.Simulator.RunDeductionBatchAsync(March, people.Select(id => (id, MonthlyAmount)))).Select(r => r.Outcome).ToArray());
        }

        // Then they fail the same people, and both outcomes occur
        Assert.Equal(outcomes[0], outcomes[1]);
        Assert.Contains(DeductionOutcome.InsufficientBalance, outcomes[0]);
        Assert.Contains(DeductionOutcome.Succeeded, outcomes[0]);

        static void Seeded(TaxBureauSimulatorOptions options)
        {
            options.FailureRate = 0.5;
            options.RandomSeed = 42;
        }
    }

    [Fact]
    public async Task GetDeductionResults_ReportsNotAttempted_ForPeopleOutsideTheBatch()
    {
        // Given a batch that did not include Wang
        var fixture = Start();
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]);

        // When both are asked for
        var results = await fixture.Simulator.GetDeductionResultsAsync(March, [Ayguli, Wang]);

        // Then Wang has nothing to record
        Assert.Equal(DeductionResult.NotAttempted(Wang, March), results[1]);
    }

    [Fact]
    public async Task Simulator_KeepsDeductionResults_AfterRestart()
    {
        // Given a recorded deduction
        var fixture = Start();
        await fixture.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        var before = (await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]))[0];

        // When the process restarts and the batch runs again
        fixture.Restart();
        var after = (await fixture.Simulator.RunDeductionBatchAsync(March, [(Ayguli, MonthlyAmount)]))[0];

        // Then the result survived and is not taken twice
        Assert.Equal(before, after);
    }

    private SimulatorFixture Start(Action<TaxBureauSimulatorOptions>? configure = null)
    {
        var fixture = new SimulatorFixture(configure);
        _fixtures.Add(fixture);
        return fixture;
    }
}
