namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>Signing in.</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode WrongCredentials = new("auth.wrongCredentials", "用户名或密码错误", "Wrong user name or password");
    public static readonly ErrorCode SignInFailed = new("auth.signInFailed", "登录失败", "Sign-in failed");
    public static readonly ErrorCode ShutOut = new("auth.shutOut", "请稍后再试，或换用常用网络登录", "Try again later, or from your usual network.");
    public static readonly ErrorCode ShutOutTitle = new("auth.shutOutTitle", "登录失败次数过多", "Too many failed sign-ins");
    public static readonly ErrorCode RefreshInvalid = new("auth.refreshInvalid", "刷新令牌无效或已过期", "The refresh token is invalid or expired");
}
