using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.InsuranceRegistry.Tests.Simulation;

public sealed class InsuranceRegistrySimulatorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private InsuranceRegistrySimulator Create() => new(new InsuranceRegistrySimulatorOptions { DataFolder = _folder.Path });

    [Fact]
    public async Task Get_AnswersUnknown_WhenNobodySeededThePerson()
    {
        // Given
        using var simulator = Create();

        // When
        var person = await simulator.GetAsync("11010519491231002x");

        // Then
        Assert.Equal(RegistryPerson.Unknown(People.Other).IdNumber, person.IdNumber);
        Assert.Empty(person.Enrollments);
        Assert.Equal(0, person.EmployerMonths);
        Assert.Null(person.PensionSince);
        Assert.Null(person.DiedOn);
    }

    [Fact]
    public async Task Seed_ReplacesTheRecord_AndSurvivesARestart()
    {
        // Given
        using (var first = Create())
        {
            Assert.Empty(await first.SeedAsync(People.LeftEmployer() with { EmployerMonths = 12 }));
            Assert.Empty(await first.SeedAsync(People.LeftEmployer()));
        }

        // When
        using var restarted = Create();
        var person = await restarted.GetAsync(People.FormerEmployee);

        // Then
        Assert.Equal(84, person.EmployerMonths);
        var enrollment = Assert.Single(person.Enrollments);
        Assert.Equal(RegistryScheme.Employer, enrollment.Scheme);
        Assert.Equal(RegistryEnrollmentStatus.Suspended, enrollment.Status);
        Assert.Equal("乌鲁木齐市某某商贸有限公司", enrollment.EmployerName);
    }

    [Fact]
    public async Task Seed_RefusesEveryProblemAtOnce_AndChangesNothing()
    {
        // Given
        using var simulator = Create();
        var bad = new RegistryPerson(
            People.FormerEmployee,
            [new RegistryEnrollment(RegistryScheme.Employer, "65x", null, RegistryEnrollmentStatus.Paying, "2025-13")],
            -1,
            "2026/01",
            "yesterday");

        // When
        var errors = await simulator.SeedAsync(bad);

        // Then
        Assert.Equal(
            ["employerMonths", "pensionSince", "diedOn", "enrollments[0].regionCode", "enrollments[0].employerName", "enrollments[0].since"],
            errors.Select(e => e.Field).ToArray());
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.MessageZh) || string.IsNullOrWhiteSpace(e.MessageEn)));
        Assert.Empty((await simulator.GetAsync(People.FormerEmployee)).Enrollments);
    }

    [Fact]
    public async Task Clear_ForgetsThePerson_AndSaysWhetherThereWasOne()
    {
        // Given
        using var simulator = Create();
        await simulator.SeedAsync(People.LeftEmployer());

        // When
        var cleared = await simulator.ClearAsync(People.FormerEmployee);
        var again = await simulator.ClearAsync(People.FormerEmployee);

        // Then
        Assert.True(cleared);
        Assert.False(again);
        Assert.Equal(0, (await simulator.GetAsync(People.FormerEmployee)).EmployerMonths);
    }

    public void Dispose() => _folder.Dispose();
}
