namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>The national registry and tax bureau simulators.</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode RegistryPersonNotSeeded = new("registry.personNotSeeded", "登记簿中没有此人的模拟记录", "The registry holds no seeded records for this person.");
    public static readonly ErrorCode OutageModeInvalid = new("registry.outageModeInvalid", "请选择 None、ServerError 或 Delay", "Choose None, ServerError or Delay.");
    public static readonly ErrorCode AgreementBankRequired = new("agreement.bankRequired", "请选择开户银行（见 /api/reference/banks）", "Choose the bank of the card (see /api/reference/banks).");
    public static readonly ErrorCode NoAgreement = new("agreement.none", "没有有效的扣款协议", "There is no valid agreement to revoke.");
    public static readonly ErrorCode PeriodInvalid = new("deduction.periodInvalid", "期间格式应为 yyyy-MM", "The period must be yyyy-MM.");
}
