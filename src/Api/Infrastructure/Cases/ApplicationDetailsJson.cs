using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// The type-specific part of an application as one JSON column: its shape differs per type and it is read whole.
/// Written by hand rather than by a serializer because the value objects have private constructors and must be
/// rebuilt through their factories.
/// </summary>
internal static class ApplicationDetailsJson
{
    public static readonly ValueConverter<ApplicationDetails, string> Converter = new(d => Write(d), json => Read(json));

    public static string Write(ApplicationDetails details)
    {
        var node = new JsonObject { ["type"] = details.Type.ToString() };
        switch (details)
        {
            case NewEnrollmentDetails d:
                node["mobile"] = d.Mobile.Value;
                node["region"] = d.Region.Value;
                node["insuranceTypes"] = new JsonArray([.. d.InsuranceTypeCodes.Select(c => JsonValue.Create(c))]);
                WriteBank(node, d.BankCategoryCode, d.BankAccount);
                node["base"] = d.ContributionBase.Monthly.Yuan;
                node["frequency"] = d.Frequency.ToString();
                break;
            case ResumptionDetails d:
                node["region"] = d.Region.Value;
                WriteBank(node, d.BankCategoryCode, d.BankAccount);
                node["base"] = d.ContributionBase.Monthly.Yuan;
                node["frequency"] = d.Frequency.ToString();
                break;
            case SuspensionDetails d:
                node["reason"] = d.Reason.ToString();
                node["changeMonth"] = d.ChangeMonth.ToString();
                node["insuranceTypes"] = new JsonArray([.. d.InsuranceTypeCodes.Select(c => JsonValue.Create(c))]);
                break;
            default:
                throw new NotSupportedException($"Expected known application details, but got {details.GetType().Name}.");
        }

        return node.ToJsonString();
    }

    public static ApplicationDetails Read(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var type = Enum.Parse<ApplicationType>(Text(node, "type"));
        return type switch
        {
            ApplicationType.NewEnrollment => new NewEnrollmentDetails(
                MobilePhone.Create(Text(node, "mobile")),
                RegionCode.Create(Text(node, "region")),
                Codes(node),
                Text(node, "bankCategory"),
                ReadAccount(node),
                ContributionBase.Create(node["base"]!.GetValue<decimal>()),
                Enum.Parse<PaymentFrequency>(Text(node, "frequency"))),
            ApplicationType.Resumption => new ResumptionDetails(
                RegionCode.Create(Text(node, "region")),
                Text(node, "bankCategory"),
                ReadAccount(node),
                ContributionBase.Create(node["base"]!.GetValue<decimal>()),
                Enum.Parse<PaymentFrequency>(Text(node, "frequency"))),
            ApplicationType.Suspension => new SuspensionDetails(
                Enum.Parse<SuspensionReason>(Text(node, "reason")),
                YearMonth.Parse(Text(node, "changeMonth")),
                Codes(node)),
            _ => throw new JsonException($"Expected a known application type, but got {type}."),
        };
    }

    private static void WriteBank(JsonObject node, string category, BankAccount account)
    {
        node["bankCategory"] = category;
        node["accountNumber"] = account.Number;
        node["accountHolder"] = account.HolderName;
    }

    /// <summary>The holder was checked against the applicant when the account was first made; it is its own reference here.</summary>
    private static BankAccount ReadAccount(JsonObject node)
    {
        var holder = Text(node, "accountHolder");
        return BankAccount.Create(Text(node, "accountNumber"), holder, holder);
    }

    private static string Text(JsonObject node, string name) =>
        node[name]?.GetValue<string>() ?? throw new JsonException($"Expected '{name}' in the application details, but it is missing.");

    private static List<string> Codes(JsonObject node) =>
        [.. node["insuranceTypes"]!.AsArray().Select(c => c!.GetValue<string>())];
}
