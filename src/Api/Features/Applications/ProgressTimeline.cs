using System.Text.Json.Nodes;
using SocialInsurance.Domain.Applications;
using SocialInsurance.TaxBureau;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The progress view, read from the engine's journal of the case's latest instance (business key = application id).
/// Gateways and flows are plumbing and left out; every task and event the case passed is a step. Names in the BPMN
/// are "中文 English" and are split at the first space.
/// </summary>
public sealed class ProgressTimeline(IWorkflowQueries queries, ModelCache models, ITaxBureauGateway taxBureau, ILogger<ProgressTimeline> logger)
{
    public const string AgreementMessage = CaseProcess.Messages.AgreementSigned;
    public const string ResubmissionMessage = CaseProcess.Messages.MaterialsResubmitted;

    private static readonly HashSet<string> Shown = new(StringComparer.Ordinal)
    {
        "startEvent", "endEvent", "userTask", "serviceTask", "scriptTask", "intermediateCatchEvent", "subProcess", "boundaryEvent",
    };

    public async Task<(IReadOnlyList<TimelineStep> Steps, NextAction? Next)> BuildAsync(Application application, CancellationToken ct)
    {
        var instance = (await queries.InstancesByBusinessKeyAsync(application.Id.ToString("D"), ct))
            .OrderByDescending(i => i.StartedAt).FirstOrDefault();
        var steps = instance is null ? [] : await StepsAsync(instance, ct);
        return (steps, await NextAsync(application, instance, ct));
    }

    private async Task<List<TimelineStep>> StepsAsync(ProcessInstance instance, CancellationToken ct)
    {
        var model = await models.GetAsync(instance.DefinitionId, ct);
        var journal = await queries.JournalAsync(instance.Id, ct);
        var steps = new List<TimelineStep>();
        var open = new Dictionary<(string, int?), int>();
        foreach (var entry in journal.OrderBy(e => e.Sequence))
        {
            if (!Shown.Contains(entry.ElementType))
            {
                continue;
            }

            // An unnamed event (the start and end of an inner scope) is structure the modeler drew, not a step a person took.
            if (model is not null && model.TryGetNode(entry.ElementId, out var shownNode) && string.IsNullOrWhiteSpace(shownNode.Name))
            {
                continue;
            }

            var slot = (entry.ElementId, entry.TokenId);
            switch (entry.Event)
            {
                case JournalEvents.Activated:
                    var (zh, en) = Split(model is not null && model.TryGetNode(entry.ElementId, out var node) ? node.Name : null, entry.ElementId);
                    open[slot] = steps.Count;
                    steps.Add(new TimelineStep(entry.ElementId, zh, en, "active", entry.At, RoleOf(entry), null));
                    break;
                case JournalEvents.Completed or JournalEvents.Terminated or JournalEvents.Cancelled when open.Remove(slot, out var index):
                    steps[index] = steps[index] with
                    {
                        Status = entry.Event == JournalEvents.Completed ? "completed" : "cancelled",
                        At = entry.At,
                        Comment = entry.ElementType == "userTask" ? Comment(entry.Data) : null,
                    };
                    break;
            }
        }

        if (instance.Status != InstanceStatus.Active)
        {
            foreach (var index in open.Values)
            {
                steps[index] = steps[index] with { Status = "cancelled" };
            }
        }

        return steps;
    }

    private async Task<NextAction?> NextAsync(Application application, ProcessInstance? instance, CancellationToken ct)
    {
        switch (application.Status)
        {
            case ApplicationStatus.SupplementRequested:
                return new NextAction("UploadMaterials", "请补充上传材料后重新提交", "Upload the requested materials and submit again.",
                    [.. application.OutstandingSupplement.Order().Select(k => k.ToString())]);
            case ApplicationStatus.Draft:
                var missing = application.MissingMaterials();
                return missing.Count > 0
                    ? new NextAction("UploadMaterials", "请上传所需材料", "Upload the required materials.", [.. missing.Select(k => k.ToString())])
                    : new NextAction("Submit", "请提交申请", "Submit the application.");
        }

        if (instance is { Status: InstanceStatus.Active }
            && (await queries.BookmarksAsync(instance.Id, ct)).Any(b => b.MessageName == AgreementMessage))
        {
            return await AgreementAccountMismatchAsync(application, ct)
                ?? new NextAction("SignAgreement", "请签订税银扣款协议", "Sign the tax-bank deduction agreement.");
        }

        return null;
    }

    /// <summary>
    /// A signed agreement for another card than the declared one does not complete the case (AgreementPollingJob); say
    /// so. The bureau owns the agreement, so it is asked; when it cannot answer the plain "sign" action stands.
    /// </summary>
    private async Task<NextAction?> AgreementAccountMismatchAsync(Application application, CancellationToken ct)
    {
        if (application.DeclaredAccount is not { } declared)
        {
            return null;
        }

        AgreementStatus? status;
        try
        {
            status = (await taxBureau.GetAgreementStatusesAsync([application.Applicant.Value], ct)).FirstOrDefault();
        }
        catch (TaxBureauException ex)
        {
            logger.LogWarning(ex, "The tax bureau could not say whether application {Id}'s agreement matches its account", application.Id);
            return null;
        }

        if (status is not { State: AgreementState.Signed } || application.IsDeclaredAccount(status.AccountNumber))
        {
            return null;
        }

        // The bureau discloses only the masked number.
        var signed = status.AccountNumber ?? "****";
        return new NextAction(
            "AgreementAccountMismatch",
            $"您签订的扣款协议账户（{signed}）与申报的银行账户（{declared.Masked}）不一致：请撤销后用申报的账户重新签订，或修改申报的银行账户",
            $"Your deduction agreement is for account {signed}, not the declared account {declared.Masked}: revoke it and sign for the declared account, or change the declared account.");
    }

    private static string RoleOf(JournalEntry entry) => entry.ElementType switch
    {
        "userTask" => "reviewer",
        "startEvent" when entry.ElementId == CaseProcess.Elements.Submitted => "applicant",
        "intermediateCatchEvent" when entry.ElementId == CaseProcess.Elements.MaterialsResubmitted => "applicant",
        _ => "system",
    };

    private static string? Comment(string? data)
    {
        if (data is null)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(data);
            var comment = node?[CaseProcess.Variables.Comment] ?? node?["variables"]?[CaseProcess.Variables.Comment];
            return comment is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static (string Zh, string En) Split(string? name, string fallback)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (fallback, fallback);
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && name[..space].Any(c => c > '\u2E80')
            ? (name[..space], name[(space + 1)..].Trim())
            : (name, name);
    }
}
