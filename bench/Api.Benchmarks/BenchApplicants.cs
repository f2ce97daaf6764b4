using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Benchmarks;

/// <summary>
/// Bench-only seed path: applicant accounts inserted in one batch straight into the Identity tables (one shared
/// password hash, the applicant role). Everything after that — sign-in, create, upload, submit — goes through HTTP.
/// </summary>
public static class BenchApplicants
{
    public const string Password = "Bench@12345";

    public sealed record Applicant(string UserName, string IdNumber);

    public static async Task<IReadOnlyList<Applicant>> SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialInsurance.Api.Infrastructure.Persistence.CaseServiceDbContext>();
        var roleId = (await db.Roles.SingleAsync(r => r.Name == Roles.Applicant)).Id;
        var hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(new AppUser(), Password);
        var applicants = Enumerable.Range(0, count).Select(i => new Applicant($"bench{i:D6}", IdNumber(i))).ToList();
        foreach (var chunk in applicants.Chunk(2_000))
        {
            foreach (var a in chunk)
            {
                var user = new AppUser
                {
                    UserName = a.UserName, NormalizedUserName = a.UserName.ToUpperInvariant(), DisplayName = "张伟", IdNumber = a.IdNumber,
                    PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return applicants;
    }

    /// <summary>
    /// Distinct valid GB 11643 numbers: Urumqi 天山区 (650102), born from 1990-01-01 on (500 per day, sequence
    /// 001–500), with the ISO 7064 MOD 11-2 check character.
    /// </summary>
    public static string IdNumber(int i)
    {
        var birth = new DateOnly(1990, 1, 1).AddDays(i / 500);
        var body = $"650102{birth:yyyyMMdd}{i % 500 + 1:D3}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, k) => (c - '0') * weights[k]).Sum();
        return body + "10X98765432"[sum % 11].ToString(CultureInfo.InvariantCulture);
    }
}
