using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialInsurance.Api.Infrastructure.Input;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Reads the type-specific fields of a create request into domain details, collecting every field problem (zh/en)
/// at once. The checks are the domain's own factories and catalogs, so the form and the process's automatic
/// validation cannot disagree about what a valid region, card or base is.
/// </summary>
public sealed class ApplicationForm(RegionCatalog regions, InsuranceTypeCatalog insuranceTypes, BankCategoryCatalog banks)
{
    public const int MaxAddressLength = 200;
    public const int MaxReasonLength = 20;

    public sealed record Parsed(ApplicationDetails Details, string? Address, IReadOnlyList<string>? ResumptionInsuranceTypes);

    /// <param name="policies">The current table, passed in rather than held: administrators edit it at run time.</param>
    public Parsed? Read(JsonObject body, CurrentApplicant applicant, DateOnly today, PolicyTable policies, FieldErrors errors)
    {
        var typeText = Text(body, "type");
        if (!Enum.TryParse<ApplicationType>(typeText, ignoreCase: false, out var type) || !Enum.IsDefined(type) || int.TryParse(typeText, out _))
        {
            errors.Add("type", ErrorCodes.ApplicationTypeInvalid);
            return null;
        }

        return type switch
        {
            ApplicationType.NewEnrollment => ReadNewEnrollment(body, applicant, today, policies, errors),
            ApplicationType.Resumption => ReadResumption(body, applicant, today, policies, errors),
            _ => ReadSuspension(body, today, errors),
        };
    }

    private Parsed? ReadNewEnrollment(JsonObject body, CurrentApplicant applicant, DateOnly today, PolicyTable policies, FieldErrors errors)
    {
        var region = Region(body, errors);
        MobilePhone? phone = null;
        if (!MobilePhone.TryCreate(Text(body, "phone"), out phone, out var phoneError))
        {
            Add(errors, "phone", phoneError);
        }

        var address = Text(body, "address")?.Trim();
        if (string.IsNullOrEmpty(address))
        {
            errors.Add("address", ErrorCodes.ApplicationAddressRequired);
        }
        else if (address.Length > MaxAddressLength)
        {
            errors.Add("address", ErrorCodes.ApplicationAddressTooLong, new { max = MaxAddressLength });
        }
        else
        {
            TextInput.Check(errors, "address", address, TextKind.SingleLine, required: true);
        }

        var types = InsuranceTypes(body, errors);
        var (bankCode, account) = Bank(body, applicant, errors);
        var contributionBase = Base(body, policies.For(today.Year).Policy, errors);
        var frequency = Frequency(body, errors);
        return errors.Any
            ? null
            : new Parsed(new NewEnrollmentDetails(phone!, region!, types, bankCode!, account!, contributionBase!, frequency!.Value), address, null);
    }

    private Parsed? ReadResumption(JsonObject body, CurrentApplicant applicant, DateOnly today, PolicyTable policies, FieldErrors errors)
    {
        var region = Region(body, errors);
        var types = InsuranceTypes(body, errors);
        var (bankCode, account) = Bank(body, applicant, errors);
        var contributionBase = Base(body, policies.For(today.Year).Policy, errors);
        var frequency = Frequency(body, errors);
        return errors.Any
            ? null
            : new Parsed(new ResumptionDetails(region!, bankCode!, account!, contributionBase!, frequency!.Value), null, types);
    }

    private Parsed? ReadSuspension(JsonObject body, DateOnly today, FieldErrors errors)
    {
        var reasonCode = Text(body, "reason");
        SuspensionReasonInfo? reason = null;
        if (reasonCode is null || reasonCode.Length > MaxReasonLength || !SuspensionReasons.TryFromCode(reasonCode, out reason))
        {
            errors.Add("reason", ErrorCodes.ApplicationSuspensionReasonRequired);
        }

        YearMonth? month = null;
        if (Text(body, "effectiveMonth") is { Length: > 0 } monthText)
        {
            if (YearMonth.TryCreate(monthText, out var parsed, out var monthError))
            {
                month = parsed;
            }
            else
            {
                Add(errors, "effectiveMonth", monthError);
            }
        }

        var types = InsuranceTypes(body, errors);
        return errors.Any
            ? null
            : new Parsed(SuspensionDetails.Create(reason!.Reason, month, types, YearMonth.From(today)), null, null);
    }

    private RegionCode? Region(JsonObject body, FieldErrors errors)
    {
        if (!RegionCode.TryCreate(Text(body, "regionCode"), out var region, out var error))
        {
            Add(errors, "regionCode", error);
            return null;
        }

        if (regions.Check(region) is { } notOffered)
        {
            Add(errors, "regionCode", notOffered);
            return null;
        }

        return region;
    }

    private List<string> InsuranceTypes(JsonObject body, FieldErrors errors)
    {
        var codes = body["insuranceTypes"] is JsonArray array
            ? array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var code) ? code : string.Empty).ToList()
            : [];
        if (codes.Count == 0)
        {
            errors.Add("insuranceTypes", ErrorCodes.ApplicationInsuranceTypesRequired);
            return codes;
        }

        foreach (var error in insuranceTypes.Check(codes))
        {
            Add(errors, "insuranceTypes", error);
        }

        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The `bank` object of a body: the category offered and the applicant's own card (also for changing the declared account).</summary>
    public (string? Code, BankAccount? Account) Bank(JsonObject body, CurrentApplicant applicant, FieldErrors errors)
    {
        if (body["bank"] is not JsonObject bank)
        {
            errors.Add("bank", ErrorCodes.ApplicationBankRequired);
            return (null, null);
        }

        var code = Text(bank, "bankCode");
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add("bank.bankCode", ErrorCodes.ApplicationBankCodeRequired);
        }
        else if (banks.Check(code) is { } notOffered)
        {
            Add(errors, "bank.bankCode", notOffered);
        }

        if (!TextInput.Check(errors, "bank.accountName", Text(bank, "accountName"), TextKind.SingleLine, required: true))
        {
            return (code, null);
        }

        var accountErrors = BankAccount.TryCreate(Text(bank, "accountNumber"), Text(bank, "accountName"), applicant.Name, out var account);
        foreach (var error in accountErrors)
        {
            Add(errors, error.Code == "BankAccount.Number" ? "bank.accountNumber" : "bank.accountName", error);
        }

        return (code, account);
    }

    private static ContributionBase? Base(JsonObject body, PolicyYear policy, FieldErrors errors)
    {
        var node = body["contributionBase"];
        // A number beyond decimal's range (1e30, 1e400) is read as no number, so it gets the base's field error.
        var text = node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? value.TryGetValue<decimal>(out var number) ? number.ToString(CultureInfo.InvariantCulture) : "NaN"
            : node is JsonValue s && s.TryGetValue<string>(out var str) ? str : null;
        if (!ContributionBase.TryCreate(text, out var contributionBase, out var error))
        {
            Add(errors, "contributionBase", error);
            return null;
        }

        var limits = policy.CheckBase(contributionBase);
        foreach (var limit in limits)
        {
            Add(errors, "contributionBase", limit);
        }

        return limits.Count == 0 ? contributionBase : null;
    }

    private static PaymentFrequency? Frequency(JsonObject body, FieldErrors errors)
    {
        var text = Text(body, "paymentFrequency");
        if (text is not null && !int.TryParse(text, out _) && Enum.TryParse<PaymentFrequency>(text, ignoreCase: false, out var frequency) && frequency.IsDefined())
        {
            return frequency;
        }

        errors.Add("paymentFrequency", ErrorCodes.ApplicationPaymentFrequencyInvalid);
        return null;
    }

    private static void Add(FieldErrors errors, string field, DomainError error) => errors.Add(field, error.Code, error.MessageZh, error.MessageEn);

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
