using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Tests.Reports;

/// <summary>Domain events are handled where their aggregate is saved, once each, and commit with it.</summary>
public sealed class DomainEventDispatchTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 5, 6, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ApplicationEvents_RefreshTheReportRowOnce_WhenTheCaseIsSaved()
    {
        // Given a saved draft with every material attached
        var contexts = factory.Services.GetRequiredService<CasesDbContextFactory>();
        var application = new Application(Guid.NewGuid(), ResidentIdNumber.Create("650102199003071235"), "张三", Enrollment(), Now);
        foreach (var kind in Enum.GetValues<MaterialKind>())
            application.AttachMaterial(kind, $"file-{kind}", $"{kind}.jpg", Now);
        await using (var db = contexts.Create())
        {
            db.Applications.Add(application);
            await db.SaveChangesAsync();
        }

        // When it is submitted and taken into review in one save, then saved again with nothing new
        await using (var db = contexts.Create())
        {
            var stored = await db.Applications.SingleAsync(a => a.Id == application.Id);
            stored.Submit(Now.AddHours(1));
            stored.StartReview("reviewer-6501", Now.AddHours(2));
            await db.SaveChangesAsync();
            Assert.Empty(stored.DomainEvents);
            await db.SaveChangesAsync();
        }

        // Then the case has one report row, showing the move
        await using (var check = contexts.Create())
        {
            var fact = Assert.Single(await check.ReportFacts.Where(f => f.ApplicationId == application.Id).ToListAsync());
            Assert.Equal(nameof(ApplicationStatus.UnderReview), fact.Status);
            Assert.Equal(Now.AddHours(1), fact.SubmittedAt);
        }
    }

    private static NewEnrollmentDetails Enrollment() => new(
        MobilePhone.Create("13812345678"),
        RegionCode.Create("6501"),
        ["110"],
        "ICBC",
        BankAccount.Create("6222020200112233", "张三", "张三"),
        ContributionBase.Create(5000m),
        PaymentFrequency.Monthly);
}
