using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>
/// The demo accounts of the embedded default (README lists them). Seeded only when <c>Identity:SeedDemoAccounts</c> is
/// true, because a known password on a production database is an open door. Both ID numbers carry correct GB 11643
/// check characters (Urumqi 天山区 prefix 650102), so the domain accepts them as real people.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo@12345";

    private sealed record Account(string UserName, string DisplayName, string Role, string? IdNumber, params string[] Groups);

    private static readonly Account[] Accounts =
    [
        new("applicant1", "张伟", Roles.Applicant, "650102199003071235"),
        new("applicant2", "李娜", Roles.Applicant, "650102198506112444"),
        // More applicants, so that demos and browser tests can run several cases at once: one open case per person and
        // service, and an approved new enrollment makes a person insured for good.
        new("applicant3", "王芳", Roles.Applicant, "650102199201154568"),
        new("applicant4", "刘洋", Roles.Applicant, "650102198807203315"),
        new("applicant5", "陈静", Roles.Applicant, "650102199504096625"),
        new("applicant6", "杨帆", Roles.Applicant, "650102198912111877"),
        new("applicant7", "赵敏", Roles.Applicant, "650102199306258849"),
        new("reviewer1", "王审核（全区）", Roles.Reviewer, null, "reviewers-65"),
        new("reviewer2", "赵审核（乌鲁木齐）", Roles.Reviewer, null, "reviewers-6501"),
        new("supervisor1", "孙主管", Roles.Reviewer, null, Supervisors.Group),
        new("admin1", "系统管理员", Roles.Admin, null),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var account in Accounts)
        {
            ct.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var user = new AppUser { UserName = account.UserName, DisplayName = account.DisplayName, IdNumber = account.IdNumber };
            Check(await users.CreateAsync(user, Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            if (account.Groups.Length > 0)
            {
                Check(await users.AddClaimsAsync(user, account.Groups.Select(g => new Claim(Claims.Group, g))), account.UserName);
            }
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Expected to seed {what}, but: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
