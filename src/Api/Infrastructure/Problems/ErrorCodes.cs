namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// Every error code the API answers with, one field a code named for it (<c>task.notFound</c> →
/// <c>TaskNotFound</c>). The texts are data, not code: <c>Catalog/errors.zh-CN.json</c> and
/// <c>Catalog/errors.en.json</c>, from which <c>ErrorCodesGenerator</c> (src/Api.Generators) writes the fields when
/// the project builds, refusing a code that lacks a text or whose texts disagree about their arguments.
/// </summary>
public static partial class ErrorCodes;
