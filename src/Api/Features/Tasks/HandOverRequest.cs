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
            errors.Add("userName", "请选择同事", "Choose a colleague");
        }
        else if (TextInput.Check(errors, "userName", UserName) && UserName.Length > 256)
        {
            errors.Add("userName", "用户名不能超过 256 个字符", "The user name must be at most 256 characters");
        }

        return errors;
    }

    public static FieldErrors NotAColleague()
    {
        var errors = new FieldErrors();
        errors.Add("userName", "此人不是本任务所属组的审核人员", "This person is not a reviewer of the task's group");
        return errors;
    }
}
