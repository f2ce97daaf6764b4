using System.Text.Json.Nodes;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// <c>application.requestSupplement</c>: sends the case back to the applicant for the materials the reviewer ticked
/// (<c>missingMaterials</c>), with the reviewer's comment. A second run finds it SupplementRequested and does nothing.
/// </summary>
public sealed class RequestSupplement(CasesDbContextFactory contexts) : IActivityHandler
{
    public ActivityDescriptor Descriptor { get; } = new(
        CaseProcess.Topics.RequestSupplement, "要求补充材料", "Request supplementary materials",
        "Moves the application to SupplementRequested; the named materials must be uploaded again before resubmitting.")
    {
        Inputs =
        [
            CaseStep.ApplicationIdInput,
            new(CaseProcess.Variables.MissingMaterials, "缺少的材料 Missing materials", "IdCardFront, IdCardBack, HouseholdRegister, IdCardCopy", DefaultValue: CaseProcess.Expression(CaseProcess.Variables.MissingMaterials)),
            new(CaseProcess.Variables.Comment, "审核意见 Comment", "required: tells the applicant what is wrong", Required: true, DefaultValue: CaseProcess.Expression(CaseProcess.Variables.Comment)),
        ],
    };

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var db = await contexts.ForStepAsync(context.Transaction, context.CancellationToken);
        var application = await CaseStep.ApplicationAsync(db, context);
        if (application.Status == ApplicationStatus.SupplementRequested)
        {
            return ActivityResult.Empty;
        }

        application.RequestSupplement(CaseStep.Reviewer(context), Materials(context.Get(CaseProcess.Variables.MissingMaterials)), CaseStep.Comment(context) ?? "", context.Now);
        await db.SaveChangesAsync(context.CancellationToken);
        return ActivityResult.Empty;
    }

    /// <summary>A form checklist gives an array; a text field or a script may give "IdCardFront,IdCardBack".</summary>
    private static List<MaterialKind> Materials(JsonNode? node)
    {
        IEnumerable<string> names = node switch
        {
            JsonArray array => array.Select(item => item?.ToString() ?? ""),
            JsonValue value => (value.ToString()).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => [],
        };
        return [.. names.Select(name => Enum.TryParse<MaterialKind>(name, ignoreCase: true, out var kind)
            ? kind
            : throw new InvalidOperationException($"Expected a material kind ({string.Join(", ", Enum.GetNames<MaterialKind>())}), but got '{name}'."))];
    }
}
