using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Security;

/// <summary>Tiny storage limits, so a few bytes reach them: 25 bytes per application, 40 per user.</summary>
public sealed class UploadLimitFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Uploads:MaxBytesPerApplication", "25");
        builder.UseSetting("Uploads:MaxBytesPerUser", "40");
    }

    public string[] FilesOf(Guid applicationId)
    {
        var folder = Path.Combine(Services.GetRequiredService<IConfiguration>()["Data:Folder"]!, "materials", applicationId.ToString("D"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }
}

public sealed class TightUploadRateFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Upload:PermitLimit", "2");
    }
}

/// <summary>Finding 7 of issue 10: replaced and withdrawn uploads stayed on disk, and nothing bounded what one user could store.</summary>
public sealed class UploadStorageTests(UploadLimitFactory factory) : IClassFixture<UploadLimitFactory>
{
    [Fact]
    public async Task UploadMaterial_DeletesTheReplacedFile_WhenAKindIsUploadedAgain()
    {
        // Given a draft whose ID-card front was uploaded once
        var applicant = await factory.ClientForAsync("applicant1");
        var draft = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        Assert.Equal(HttpStatusCode.Created, (await Applicant.UploadAsync(applicant, draft, "IdCardFront", Applicant.Jpeg)).StatusCode);

        // When it is replaced twice
        Assert.Equal(HttpStatusCode.Created, (await Applicant.UploadAsync(applicant, draft, "IdCardFront", Applicant.Png)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Applicant.UploadAsync(applicant, draft, "IdCardFront", Applicant.Jpeg)).StatusCode);

        // Then only the listed file is on disk
        var file = Assert.Single(factory.FilesOf(draft));
        Assert.Equal(Applicant.Jpeg, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task WithdrawApplication_DeletesTheFiles_OfADraft()
    {
        // Given a draft with two materials
        var applicant = await factory.ClientForAsync("applicant1");
        var draft = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAsync(applicant, draft, "IdCardFront", Applicant.Jpeg);
        await Applicant.UploadAsync(applicant, draft, "IdCardBack", Applicant.Png);
        Assert.Equal(2, factory.FilesOf(draft).Length);

        // When the applicant withdraws it
        var withdrawn = await applicant.PostAsync($"/api/applications/{draft}/withdraw", null);

        // Then its files are gone
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Empty(factory.FilesOf(draft));
    }

    [Fact]
    public async Task UploadMaterial_Returns413_WhenTheApplicationOrTheUserWouldStoreTooMuch()
    {
        // Given applicant2's draft holding 20 of its 25 bytes (11 + 9)
        var applicant = await factory.ClientForAsync("applicant2");
        var first = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(name: "李娜", phone: "13812345678"));
        Assert.Equal(HttpStatusCode.Created, (await Applicant.UploadAsync(applicant, first, "IdCardFront", Applicant.Jpeg)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Applicant.UploadAsync(applicant, first, "IdCardBack", Applicant.Png)).StatusCode);

        // When a third file (15 bytes) would bring the draft to 35
        var overApplication = await Applicant.UploadAsync(applicant, first, "HouseholdRegister", Applicant.Pdf);

        // Then it is refused and nothing is written, while a replacement that stays within the limit is accepted
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overApplication.StatusCode);
        Assert.Equal(2, factory.FilesOf(first).Length);
        Assert.Equal(HttpStatusCode.Created, (await Applicant.UploadAsync(applicant, first, "IdCardFront", Applicant.Pdf)).StatusCode);

        // And when a second draft brings the user to 24 + 11 = 35, a further 11 bytes (46 of 40) is refused
        var second = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(name: "李娜", phone: "13812345678"));
        Assert.Equal(HttpStatusCode.Created, (await Applicant.UploadAsync(applicant, second, "IdCardFront", Applicant.Jpeg)).StatusCode);
        var overUser = await Applicant.UploadAsync(applicant, second, "IdCardBack", Applicant.Jpeg);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overUser.StatusCode);
        Assert.Single(factory.FilesOf(second));
    }
}

public sealed class UploadRateTests(TightUploadRateFactory factory) : IClassFixture<TightUploadRateFactory>
{
    [Fact]
    public async Task UploadMaterial_Returns429_WhenAUserExceedsTheUploadWindow()
    {
        // Given two uploads inside the window
        var applicant = await factory.ClientForAsync("applicant1");
        var draft = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAsync(applicant, draft, "IdCardFront", Applicant.Jpeg);
        await Applicant.UploadAsync(applicant, draft, "IdCardBack", Applicant.Png);

        // When a third follows
        var third = await Applicant.UploadAsync(applicant, draft, "IdCardCopy", Applicant.Jpeg);

        // Then it waits for the next window
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }
}
