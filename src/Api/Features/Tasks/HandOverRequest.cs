using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Input;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>The body of assign and delegate: the colleague's user name.</summary>
public sealed record HandOverRequest(string? UserName)
{
    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(UserName))
        {
            errors.Add("userName", ErrorCodes.HandOverColleagueRequired);
        }
        else if (TextInput.Check(errors, "userName", UserName) && UserName.Length > AppUser.MaxUserNameLength)
        {
            errors.Add("userName", ErrorCodes.HandOverUserNameTooLong);
        }

        return errors;
    }

    public static FieldErrors NotAColleague()
    {
        var errors = new FieldErrors();
        errors.Add("userName", ErrorCodes.HandOverColleagueNotInGroup);
        return errors;
    }
}
