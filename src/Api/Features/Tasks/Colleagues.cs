using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>A reviewer a task may be handed to.</summary>
public sealed record Colleague(string UserName, string? DisplayName);

/// <summary>
/// Who a task may be handed to: reviewers of one of the task's candidate groups (a colleague of the same group);
/// an administrator may hand it to any reviewer. The engine knows no users, so this rule lives here.
/// </summary>
public sealed class Colleagues(UserManager<AppUser> users)
{
    public async Task<IReadOnlyList<Colleague>> ForAsync(UserTaskInstance task, Actor actor)
    {
        var found = new Dictionary<string, Colleague>(StringComparer.Ordinal);
        foreach (var group in task.CandidateGroups)
        {
            foreach (var user in await users.GetUsersForClaimAsync(new Claim(Claims.Group, group)))
            {
                if (user.UserName is { } name && name != actor.Id && await users.IsInRoleAsync(user, Roles.Reviewer))
                {
                    found[name] = new Colleague(name, user.DisplayName);
                }
            }
        }

        return [.. found.Values.OrderBy(c => c.UserName, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="userName"/> may receive <paramref name="task"/> from <paramref name="actor"/>.</summary>
    public async Task<bool> MayReceiveAsync(UserTaskInstance task, Actor actor, string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user || !await users.IsInRoleAsync(user, Roles.Reviewer))
        {
            return false;
        }

        if (actor.IsAdministrator)
        {
            return true;
        }

        var groups = (await users.GetClaimsAsync(user)).Where(c => c.Type == Claims.Group).Select(c => c.Value);
        return task.CandidateGroups.Intersect(groups, StringComparer.Ordinal).Any()
            || task.CandidateUsers.Contains(userName, StringComparer.Ordinal);
    }
}
