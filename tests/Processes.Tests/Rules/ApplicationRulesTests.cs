using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Processes.Tests.Support;

namespace SocialInsurance.Processes.Tests.Rules;

/// <summary>
/// The submit route and the validation step run the rules of an application's type through one dispatch
/// (<see cref="ApplicationRules"/>). A type without rules — a new type whose rules were forgotten — fails them with a
/// code the submit route answers as a 400, and the step as an automatic rejection, instead of passing unchecked.
/// </summary>
public sealed class ApplicationRulesTests : IAsyncLifetime
{
    private CaseEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await CaseEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public async Task ApplicationRules_FailWithTypeInvalid_WhenTheTypeHasNoRules()
    {
        // Given
        var application = new Application(Guid.CreateVersion7(), Seed.Applicant(), Seed.Name, new UnsupportedDetails(), Seed.SubmittedAt);
        var asked = false;
        await using var db = _engine.Cases();

        // When
        var check = await _engine.Create<ApplicationRules>().CheckAsync(db, application, Today, _ =>
        {
            asked = true;
            return Task.FromResult<RegistryStanding?>(null);
        }, CancellationToken.None);

        // Then
        Assert.Equal("application.typeInvalid", Assert.Single(check.Errors).Code);
        Assert.Equal(ApplicationRules.ProvinceWide, check.Region);
        Assert.False(asked);
    }

    [Fact]
    public async Task SubmissionRules_RefuseWithTypeInvalid_WhenTheTypeHasNoRules()
    {
        // Given
        var application = new Application(Guid.CreateVersion7(), Seed.Applicant(), Seed.Name, new UnsupportedDetails(), Seed.SubmittedAt);
        await using var db = _engine.Cases();

        // When
        var (errors, _) = await _engine.Create<SubmissionRules>().CheckAsync(db, application, Today, CancellationToken.None);

        // Then the submit route turns it into a 400 field error under this code
        Assert.Equal("application.typeInvalid", Assert.Single(errors).Code);
    }

    [Fact]
    public async Task SubmissionRules_RunTheSameRulesAsTheStep_ForAKnownType()
    {
        // Given a new enrollment by someone already insured
        var applicant = Seed.Applicant();
        await _engine.SaveAsync(Seed.Person(applicant));
        var application = Seed.NewEnrollment(applicant);
        await using var db = _engine.Cases();

        // When
        var (submission, _) = await _engine.Create<SubmissionRules>().CheckAsync(db, application, Today, CancellationToken.None);
        var step = await _engine.Create<ApplicationRules>().CheckAsync(db, application, Today, _ => Task.FromResult<RegistryStanding?>(null), CancellationToken.None);

        // Then
        Assert.NotEmpty(submission);
        Assert.Equal(step.Errors.Select(e => e.Code), submission.Select(e => e.Code));
    }

    private sealed record UnsupportedDetails : ApplicationDetails
    {
        public override ApplicationType Type => (ApplicationType)99;
    }
}
