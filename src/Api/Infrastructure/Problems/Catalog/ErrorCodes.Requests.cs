namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>The codes of the whole API, one partial file per area; <see cref="ErrorCatalog"/> reads them all.</summary>
public static partial class ErrorCodes
{
    // Titles by status: every problem has one, and a problem the framework wrote (routing's 404) has only this.
    public static readonly ErrorCode BadRequest = new("request.invalid", "请求无效", "Invalid request");
    public static readonly ErrorCode Unauthorized = new("request.unauthorized", "未登录或登录已失效", "Not signed in");
    public static readonly ErrorCode Forbidden = new("request.forbidden", "无权操作", "Forbidden");
    public static readonly ErrorCode NotFound = new("request.notFound", "未找到", "Not found");
    public static readonly ErrorCode MethodNotAllowed = new("request.methodNotAllowed", "方法不允许", "Method not allowed");
    public static readonly ErrorCode RequestTimeout = new("request.timeout", "请求超时", "Request timeout");
    public static readonly ErrorCode Conflict = new("request.conflict", "状态冲突", "Conflict");
    public static readonly ErrorCode TooLarge = new("request.tooLarge", "内容过大", "Content too large");
    public static readonly ErrorCode UnsupportedMediaType = new("request.unsupportedMediaType", "不支持的媒体类型", "Unsupported media type");
    public static readonly ErrorCode Unprocessable = new("request.unprocessable", "无法处理", "Unprocessable request");
    public static readonly ErrorCode TooManyRequests = new("request.tooMany", "请求过于频繁", "Too many requests");
    public static readonly ErrorCode Unavailable = new("request.unavailable", "服务暂时不可用", "Service unavailable");
    public static readonly ErrorCode ServerError = new("server.error", "服务器内部错误", "Server error");
    public static readonly ErrorCode RequestFailed = new("request.failed", "请求失败", "Request failed");

    public static readonly ErrorCode ValidationFailed = new("validation.failed", "输入有误", "One or more fields are invalid");

    // The request's shape, before any use case sees it.
    public static readonly ErrorCode Malformed = new("request.malformed", "请求格式错误", "The request is malformed.");
    public static readonly ErrorCode MultipartMalformed = new("request.multipartMalformed", "multipart/form-data 请求体格式错误", "The multipart/form-data body is malformed.");
    public static readonly ErrorCode BodyEndedEarly = new("request.bodyEndedEarly", "请求体不完整", "The request body ended early.");
    public static readonly ErrorCode BodyTooLarge = new("request.bodyTooLarge", "请求体超过大小限制", "The request body is over the size limit.");
    public static readonly ErrorCode JsonTooLarge = new("request.jsonTooLarge", "JSON 请求体过大", "The JSON body is too large.");
    public static readonly ErrorCode NotUtf8 = new("request.notUtf8", "请求体不是有效的 UTF-8 文本", "The body is not valid UTF-8.");
    public static readonly ErrorCode NotJson = new("request.notJson", "请求体不是有效的 JSON（第 {line} 行第 {byte} 字节）", "The body is not valid JSON (line {line}, byte {byte}).");
    public static readonly ErrorCode WrongType = new("field.wrongType", "值的类型或格式不正确", "The value has the wrong type or format");
    public static readonly ErrorCode DuplicateProperty = new("field.duplicate", "字段重复出现", "The field appears more than once");
    public static readonly ErrorCode Overloaded = new("request.overloaded", "服务繁忙，请在 {retryAfterSeconds} 秒后重试", "The service is busy; try again in {retryAfterSeconds} seconds.");
    public static readonly ErrorCode PleaseWait = new("request.pleaseWait", "请稍后再试", "Please wait before trying again.");
    public static readonly ErrorCode OnlyPost = new("request.onlyPost", "仅支持 POST", "Only POST is allowed here.");
    public static readonly ErrorCode FormRequired = new("request.formRequired", "须为表单", "Send a form (application/x-www-form-urlencoded).");
}

public static partial class ErrorCodes
{
    // Text fields (Input/TextInput): what a value may not contain.
    public static readonly ErrorCode TextEncoding = new("text.encoding", "含有无效的字符编码", "contains an invalid character encoding");
    public static readonly ErrorCode TextSingleLine = new("text.singleLine", "不能包含换行符或制表符", "must be a single line (no line breaks or tabs)");
    public static readonly ErrorCode TextControl = new("text.control", "不能包含控制字符", "must not contain control characters");
    public static readonly ErrorCode TextBidi = new("text.bidi", "不能包含文字方向控制字符", "must not contain text-direction control characters");
    public static readonly ErrorCode TextInvisible = new("text.invisible", "不能只包含空白或不可见字符", "must contain visible characters");
}
