namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>Applications and their materials (the applicant's side).</summary>
public static partial class ErrorCodes
{
    public static readonly ErrorCode ApplicationNotFound = new("application.notFound", "未找到申请 {id}", "Application {id} was not found.");
    public static readonly ErrorCode ApplicationNotSubmittable = new("application.notSubmittable", "申请当前状态为{status}，不能提交", "The application is {status} and cannot be submitted.");
    public static readonly ErrorCode MaterialMissing = new("application.materialMissing", "请上传{material}", "Upload the {material}.");
    public static readonly ErrorCode ProcessNotStarted = new("application.processNotStarted", "申请已提交，但办理流程未能启动，请稍后重新提交", "The application is submitted but its process could not start; submit again to retry.");
    public static readonly ErrorCode NotEditable = new("application.notEditable", "申请当前状态为{status}，不能上传材料", "The application is {status}; materials cannot be added.");
    public static readonly ErrorCode ApplicationStorageFull = new("material.applicationStorageFull", "本申请的材料已达存储上限 {max} 字节", "The application's materials would exceed {max} bytes.");
    public static readonly ErrorCode UserStorageFull = new("material.userStorageFull", "您的材料已达存储上限 {max} 字节", "Your materials would exceed {max} bytes.");
    public static readonly ErrorCode MultipartRequired = new("material.multipartRequired", "请以 multipart/form-data 上传文件", "Upload the file as multipart/form-data.");
    public static readonly ErrorCode MaterialKindInvalid = new("material.kindInvalid", "材料类别须为 IdCardFront、IdCardBack、HouseholdRegister 或 IdCardCopy", "The kind must be IdCardFront, IdCardBack, HouseholdRegister or IdCardCopy.");
    public static readonly ErrorCode FileTooLarge = new("material.fileTooLarge", "文件不能超过 10 MB", "The file must be at most 10 MB.");
    public static readonly ErrorCode FileRequired = new("material.fileRequired", "请选择要上传的文件", "Choose a file to upload.");
    public static readonly ErrorCode FileTypeInvalid = new("material.fileTypeInvalid", "仅支持 JPEG、PNG 或 PDF 文件", "Only JPEG, PNG or PDF files are accepted.");
    public static readonly ErrorCode MaterialNotFound = new("material.notFound", "未找到材料 {id}", "Material {id} was not found.");
    public static readonly ErrorCode IdempotencyKeyTooLong = new("idempotency.keyTooLong", "幂等键不能超过 {max} 个字符", "The idempotency key must be at most {max} characters.");
    public static readonly ErrorCode IdempotencyInProgress = new("idempotency.inProgress", "使用该幂等键的请求仍在处理中", "A request with this Idempotency-Key is still being processed.");
    public static readonly ErrorCode IdempotencyReused = new("idempotency.reused", "同一幂等键已用于不同的请求内容", "This Idempotency-Key was already used with a different request body.");
    public static readonly ErrorCode IdempotencyReusedTitle = new("idempotency.reusedTitle", "幂等键冲突", "Idempotency key reused");
    public static readonly ErrorCode OpenNewEnrollment = new("application.openNewEnrollment", "您已有一件正在办理的灵活就业养老新参保申请，办结前不能再次提交", "You already have a new-enrollment application in progress; wait until it is finished.");
    public static readonly ErrorCode OpenResumption = new("application.openResumption", "您已有一件正在办理的灵活就业养老续保申请，办结前不能再次提交", "You already have a resumption application in progress; wait until it is finished.");
    public static readonly ErrorCode OpenSuspension = new("application.openSuspension", "您已有一件正在办理的灵活就业养老停保申请，办结前不能再次提交", "You already have a suspension application in progress; wait until it is finished.");
    public static readonly ErrorCode NotWaitingForAgreement = new("application.notWaitingForAgreement", "该申请不在等待签订扣款协议，不能修改银行账户", "The application is not waiting for its deduction agreement.");
    public static readonly ErrorCode NoVerifiedId = new("account.noVerifiedId", "账户未完成实名认证", "The account has no verified ID number.");
    public static readonly ErrorCode TypeInvalid = new("application.typeInvalid", "业务类型须为 NewEnrollment、Resumption 或 Suspension", "The type must be NewEnrollment, Resumption or Suspension.");
    public static readonly ErrorCode AddressRequired = new("application.addressRequired", "请填写联系地址", "Enter the contact address.");
    public static readonly ErrorCode AddressTooLong = new("application.addressTooLong", "联系地址不能超过 {max} 个字", "The address must be at most {max} characters.");
    public static readonly ErrorCode SuspensionReasonRequired = new("application.suspensionReasonRequired", "请选择停保原因（见 /api/reference/suspension-reasons）", "Choose a suspension reason (see /api/reference/suspension-reasons).");
    public static readonly ErrorCode InsuranceTypesRequired = new("application.insuranceTypesRequired", "请至少选择一个险种", "Select at least one insurance type.");
    public static readonly ErrorCode BankRequired = new("application.bankRequired", "请填写银行账户信息", "Enter the bank account.");
    public static readonly ErrorCode BankCodeRequired = new("application.bankCodeRequired", "请选择银行类别", "Choose the bank category.");
    public static readonly ErrorCode PaymentFrequencyInvalid = new("application.paymentFrequencyInvalid", "缴费方式须为 Monthly、Quarterly、HalfYearly 或 Yearly", "The payment frequency must be Monthly, Quarterly, HalfYearly or Yearly.");
}
