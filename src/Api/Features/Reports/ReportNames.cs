using SocialInsurance.Api.Features.Tasks.Case;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Names for codes in a CSV cell, in the download's language: services by the names the applicant sees in
/// 新疆智慧人社 (灵活就业养老新参保 / 续保 / 停保), regions from the catalogue, outcomes and groups in words.
/// </summary>
public sealed class ReportNames(RegionCatalog regions, bool english)
{
    public bool English => english;

    /// <summary>The name the case view uses (<see cref="CaseTerms.Of"/>): one name per service everywhere.</summary>
    public string Service(string? code) =>
        Enum.TryParse<ApplicationType>(code, out var type) && Enum.IsDefined(type)
            ? (english ? CaseTerms.Of(type).En : CaseTerms.Of(type).Zh)
            : english ? "Unknown" : "未知";

    public string ServiceOfProcess(string processKey) =>
        CaseProcesses.ByKey(processKey) is { } process ? Service(process.ApplicationType.ToString()) : processKey;

    public string Region(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return english ? "Unknown" : "未知";
        }

        var found = regions.All.FirstOrDefault(r => r.Code.Value == code);
        return found is null ? code : english ? found.NameEn : found.NameZh;
    }

    public string Outcome(string outcome) => outcome switch
    {
        "Approved" => english ? "Approved" : "审核通过",
        "Rejected" => english ? "Rejected" : "驳回",
        "SupplementRequested" => english ? "Supplement requested" : "补正材料",
        _ => outcome,
    };

    /// <summary>reviewers-6501 reads as 乌鲁木齐市 reviewers; reviewers-65 as the province-wide group.</summary>
    public string Group(string group)
    {
        const string prefix = "reviewers-";
        if (!group.StartsWith(prefix, StringComparison.Ordinal))
        {
            return group;
        }

        var code = group[prefix.Length..];
        if (code == "65")
        {
            return english ? "Xinjiang reviewers (province-wide)" : "自治区审核人员";
        }

        var region = regions.All.FirstOrDefault(r => r.Code.Value == code);
        return region is null ? group : english ? $"{region.NameEn} reviewers" : $"{region.NameZh}审核人员";
    }
}
