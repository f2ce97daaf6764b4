using System.Text.Json.Nodes;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>
/// A supplement may only ask for materials the case's type has. 续保 and 停保 have none, so for them a supplement
/// would leave the applicant with nothing to upload and the case waiting until it expires; it is refused beside the
/// decision. Tasks of processes that are not applications are not concerned.
/// </summary>
public sealed class SupplementRules(CaseLabels labels)
{
    public async Task<FieldErrors?> CheckAsync(UserTaskInstance task, JsonObject decision, CancellationToken ct)
    {
        if (decision[CaseProcess.Variables.Decision] is not JsonValue value || !value.TryGetValue<string>(out var chosen) || chosen != CaseProcess.Decisions.Supplement
            || await labels.CaseOfAsync(task.BusinessKey, ct) is not { } found)
        {
            return null;
        }

        var allowed = found.Application.Details.RequiredMaterials;
        var type = CaseTerms.Of(found.Application.Type);
        var errors = new FieldErrors();
        if (allowed.Count == 0)
        {
            return errors.Add(CaseProcess.Variables.Decision, ErrorCodes.TaskNoMaterialsToSupplement, new { service = new LocalizedArg(type.Code, type.Zh, type.En.ToLowerInvariant()) });
        }

        var asked = decision[CaseProcess.Variables.MissingMaterials] as JsonArray ?? [];
        var unknown = asked.Select(m => m?.ToString() ?? "")
            .Where(code => !Enum.TryParse<MaterialKind>(code, ignoreCase: false, out var kind) || !allowed.Contains(kind))
            .ToList();
        return unknown.Count > 0
            ? errors.Add(CaseProcess.Variables.MissingMaterials, ErrorCodes.TaskMaterialsAllowed, new
            {
                service = new LocalizedArg(type.Code, type.Zh, type.En.ToLowerInvariant()),
                materials = new LocalizedArg(
                    string.Join(",", allowed), string.Join("、", allowed.Select(k => k.NameZh())), string.Join(", ", allowed.Select(k => k.NameEn()))),
            })
            : null;
    }
}
