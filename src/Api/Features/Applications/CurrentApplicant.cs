using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Domain.Insurance;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The caller as an applicant: the real-name-verified ID number and name of their account, never anything from the
/// request. Null when the account has no valid ID number (then the caller owns no application).
/// </summary>
public sealed record CurrentApplicant(string UserName, ResidentIdNumber IdNumber, string Name)
{
    public static async Task<CurrentApplicant?> FindAsync(UserManager<AppUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        return user is not null && ResidentIdNumber.TryCreate(user.IdNumber, out var id, out _)
            ? new CurrentApplicant(user.UserName!, id, user.DisplayName)
            : null;
    }
}
