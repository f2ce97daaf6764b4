namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>Bound from <c>Identity:SignIn</c>; see <see cref="SignInThrottle"/> for why it is per account and address.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Identity:SignIn";

    /// <summary>Failed sign-ins in a row, for one account from one address, before that address is shut out of it.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long the address stays shut out of the account; also how long a failure is remembered.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
