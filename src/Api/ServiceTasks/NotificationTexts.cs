using System.Text.Json.Nodes;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>The applicant-facing texts per notification kind; a diagram may override them with <c>textZh</c> / <c>textEn</c>.</summary>
internal static class NotificationTexts
{
    public static readonly IReadOnlyList<string> Kinds =
        ["rejected", "supplementRequested", "approved", "signAgreement", "agreementReminder", "supplementExpired"];

    public static (string Zh, string En) For(string kind, JsonObject variables) => kind switch
    {
        "rejected" => ($"您的申请未通过：{Reasons(variables, "zh")}", $"Your application was rejected: {Reasons(variables, "en")}"),
        "supplementRequested" => (
            $"请补充材料（{Materials(variables, "zh")}）后重新提交。审核意见：{variables[CaseProcess.Variables.Comment]}",
            $"Please upload the missing materials ({Materials(variables, "en")}) and submit again. Reviewer's comment: {variables[CaseProcess.Variables.Comment]}"),
        "approved" => ("您的申请已审核通过并完成登记。", "Your application was approved and registered."),
        "signAgreement" => (
            "请到税务部门签订个人委托扣款缴费协议，签订后开始按期扣款。",
            "Please sign the deduction agreement with the tax bureau; contributions are deducted once it is signed."),
        "agreementReminder" => (
            "提醒：您尚未签订个人委托扣款缴费协议，请尽快办理。",
            "Reminder: you have not signed the deduction agreement yet; please sign it soon."),
        "supplementExpired" => ("补充材料超过期限未提交，申请已驳回。", "The supplementary materials were not provided in time; the application was rejected."),
        _ => throw new InvalidOperationException($"Expected a notification kind ({string.Join(", ", Kinds)}) or textZh and textEn, but got '{kind}'."),
    };

    private static string Reasons(JsonObject variables, string language)
    {
        var reasons = variables[CaseProcess.Variables.RejectionReasons] as JsonArray;
        var texts = reasons?.OfType<JsonObject>().Select(r => r[language]?.ToString()).Where(t => !string.IsNullOrEmpty(t)).ToList() ?? [];
        if (texts.Count > 0)
        {
            return string.Join(language == "zh" ? "；" : "; ", texts);
        }

        return variables[CaseProcess.Variables.Comment]?.ToString() ?? (language == "zh" ? "详见审核意见" : "see the reviewer's comment");
    }

    /// <summary>The materials by the names the applicant sees on the upload screen, never by their codes.</summary>
    private static string Materials(JsonObject variables, string language)
    {
        var codes = variables[CaseProcess.Variables.MissingMaterials] switch
        {
            JsonArray array => array.Select(m => m?.ToString()),
            JsonValue value => [value.ToString()],
            _ => [],
        };
        var names = codes.OfType<string>()
            .Select(code => Enum.TryParse<MaterialKind>(code, ignoreCase: false, out var kind) && Enum.IsDefined(kind)
                ? (language == "zh" ? kind.NameZh() : kind.NameEn())
                : code)
            .ToList();
        return string.Join(language == "zh" ? "、" : ", ", names);
    }
}
