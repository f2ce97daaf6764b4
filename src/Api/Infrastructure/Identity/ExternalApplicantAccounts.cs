using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>
/// Local accounts for applicants who sign in at the external authority: no password, one Identity login
/// (<c>jwt</c>, <c>{iss}|{sub}</c>). The user name is the token's name unless a different local account holds it or Identity does not allow its
/// characters (then <c>ext-</c> and a hash of the subject) —
/// an external token must never act as a local account that happens to share a name.
/// </summary>
public sealed class ExternalApplicantAccounts(UserManager<AppUser> users)
{
    public const string LoginProvider = "jwt";

    public async Task<AppUser> LinkAsync(ClaimsPrincipal external, string name, string? idNumber, CancellationToken ct)
    {
        var subject = $"{external.FindFirst("iss")?.Value}|{external.FindFirst("sub")?.Value ?? name}";
        for (var attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            var user = await users.FindByLoginAsync(LoginProvider, subject);
            if (user is not null)
            {
                if (user.IdNumber != idNumber)
                {
                    user.IdNumber = idNumber;
                    Check(await users.UpdateAsync(user));
                }

                return user;
            }

            var allowed = users.Options.User.AllowedUserNameCharacters;
            var userName = name.All(allowed.Contains) && await users.FindByNameAsync(name) is null
                ? name
                : $"ext-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(subject)))[..12]}";
            user = new AppUser { UserName = userName, DisplayName = external.FindFirst("name")?.Value ?? name, IdNumber = idNumber };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded && attempt < 3)
            {
                // Two first requests of the same person raced; the other one created the account.
                continue;
            }

            Check(created);
            Check(await users.AddToRoleAsync(user, Roles.Applicant));
            Check(await users.AddLoginAsync(user, new UserLoginInfo(LoginProvider, subject, "External authority")));
            return user;
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Expected to link the external applicant, but: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
