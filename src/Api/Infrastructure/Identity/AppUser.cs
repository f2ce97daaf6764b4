using Microsoft.AspNetCore.Identity;

namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>
/// An account. <see cref="IdNumber"/> is the applicant's real-name-verified 公民身份号码: applications are always for
/// this person, so it is never taken from a request body. Reviewer groups are user claims of type <see cref="Claims.Group"/>.
/// </summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>
    /// The longest user name: the length Identity's own store gives <c>UserName</c>. Every column that names a user
    /// (an author, an actor, an owner) and every input that takes one holds at least this, so any account fits.
    /// </summary>
    public const int MaxUserNameLength = 256;

    public string DisplayName { get; set; } = string.Empty;

    public string? IdNumber { get; set; }
}
