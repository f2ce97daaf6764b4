using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Infrastructure.OpenApi;

/// <summary>
/// Request and response examples for the routes a client integrates first (sign in, create each type of
/// application, submit, complete a review) and a problem-details example on every error response. The mini program's
/// developers read the document, not our code: an example with real codes (region 6501, insurance type 110, ICBC)
/// answers most of their questions before they ask.
/// </summary>
public static class OpenApiExamples
{
    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        switch (operation.OperationId)
        {
            case "Login":
                Request(operation, ("reviewer", "A reviewer signs in", new JsonObject { ["userName"] = "reviewer1", ["password"] = "Demo@12345" }));
                Response(operation, "200", new JsonObject
                {
                    ["tokenType"] = "Bearer", ["accessToken"] = "CfDJ8Kx…(opaque)", ["expiresIn"] = 3600, ["refreshToken"] = "CfDJ8Mq…(opaque)",
                });
                Response(operation, "401", Problem(401, ErrorCodes.AuthWrongCredentials.With(), ErrorCodes.AuthSignInFailed));
                break;
            case "CreateApplication":
                Request(operation,
                    ("newEnrollment", "灵活就业养老新参保 New enrollment", NewEnrollment()),
                    ("resumption", "灵活就业养老续保 Resumption (only when the insurance is suspended)", Resumption()),
                    ("suspension", "灵活就业养老停保 Suspension", new JsonObject
                    {
                        ["type"] = "Suspension", ["reason"] = "02", ["effectiveMonth"] = "2026-04", ["insuranceTypes"] = new JsonArray("110"),
                    }));
                Response(operation, "201", new JsonObject
                {
                    ["id"] = "0b9d6f1e-6c5a-4a43-9a55-2f7c1c0e8d21", ["caseNumber"] = "XJ-20260302-000001", ["type"] = "NewEnrollment", ["status"] = "Draft",
                    ["createdAt"] = "2026-03-02T02:00:00+00:00", ["submittedAt"] = null, ["applicantName"] = "张伟", ["maskedIdNumber"] = "6501**********1235",
                    ["materials"] = new JsonArray(), ["rejectionReasons"] = new JsonArray(),
                });
                Response(operation, "400", Validation(("phone", ApiError.Written("Phone.Invalid", "手机号码格式不正确", "The mobile number is not valid.")), ("insuranceTypes", ErrorCodes.ApplicationInsuranceTypesRequired.With())));
                break;
            case "SubmitApplication":
                Response(operation, "202", new JsonObject
                {
                    ["id"] = "0b9d6f1e-6c5a-4a43-9a55-2f7c1c0e8d21", ["caseNumber"] = "XJ-20260302-000001", ["status"] = "Submitted",
                    ["instanceId"] = "5f0c2a47-3d1e-4f7b-8b0e-8d1c2e3f4a5b",
                });
                Response(operation, "400", Validation(("materials.HouseholdRegister", ErrorCodes.ApplicationMaterialMissing.With(new { material = new LocalizedArg("HouseholdRegister", "户口本复印件", "household register copy") }))));
                Response(operation, "409", Problem(409, ErrorCodes.ApplicationNotSubmittable.With(new { status = new LocalizedArg("Submitted", "已提交", "submitted") })));
                break;
            case "CompleteTask":
                Request(operation,
                    ("approve", "审核通过 Approve", new JsonObject { [CaseProcess.Variables.Decision] = CaseProcess.Decisions.Approve, [CaseProcess.Variables.Comment] = "材料齐全，同意" }),
                    ("reject", "驳回 Reject (comment required)", new JsonObject { [CaseProcess.Variables.Decision] = CaseProcess.Decisions.Reject, [CaseProcess.Variables.Comment] = "不符合灵活就业参保条件" }),
                    ("supplement", "要求补充材料 Request materials", new JsonObject
                    {
                        [CaseProcess.Variables.Decision] = CaseProcess.Decisions.Supplement, [CaseProcess.Variables.Comment] = "身份证正面模糊", [CaseProcess.Variables.MissingMaterials] = new JsonArray("IdCardFront"),
                    }));
                Response(operation, "200", new JsonObject { ["taskId"] = "9a3e6c1d-2b4f-4e8a-a1c3-5d7e9f0b2c4d", ["instanceId"] = "5f0c2a47-3d1e-4f7b-8b0e-8d1c2e3f4a5b" });
                Response(operation, "400", Validation(("comment", ErrorCodes.TaskCommentRequired.With())));
                Response(operation, "409", Problem(409, ErrorCodes.TaskChangedConcurrently.With(new { taskId = "9a3e6c1d-2b4f-4e8a-a1c3-5d7e9f0b2c4d" })));
                break;
        }

        // Every other error response still shows the shape all errors share.
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status.Length == 3 && status[0] is '4' or '5' && response.Content is { } content)
            {
                foreach (var media in content.Values.Where(m => m.Example is null && (m.Examples is null || m.Examples.Count == 0)))
                {
                    media.Example = status == "400"
                        ? Validation(("field", ErrorCodes.FieldWrongType.With()))
                        : Problem(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), null);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static JsonObject NewEnrollment() => new()
    {
        ["type"] = "NewEnrollment", ["regionCode"] = "6501", ["phone"] = "13912345678", ["address"] = "乌鲁木齐市天山区解放北路 1 号",
        ["insuranceTypes"] = new JsonArray("110"),
        ["bank"] = new JsonObject { ["bankCode"] = "ICBC", ["accountNumber"] = "6222021234567890123", ["accountName"] = "张伟" },
        ["contributionBase"] = 5000, ["paymentFrequency"] = "Monthly",
    };

    private static JsonObject Resumption() => new()
    {
        ["type"] = "Resumption", ["regionCode"] = "6501", ["insuranceTypes"] = new JsonArray("110"),
        ["bank"] = new JsonObject { ["bankCode"] = "ICBC", ["accountNumber"] = "6222021234567890123", ["accountName"] = "张伟" },
        ["contributionBase"] = 6000, ["paymentFrequency"] = "Quarterly",
    };

    /// <summary>An example written the way <see cref="ApiProblems"/> writes it, in the default language (Chinese).</summary>
    private static JsonObject Problem(int status, ApiError? detail, ErrorCode? title = null)
    {
        var details = detail is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status }
            : ApiProblems.Details(status, detail, title);
        if (detail is null)
        {
            ProblemLocalizer.Localize(details, Language.Chinese);
        }

        return Example(details);
    }

    private static JsonObject Validation(params (string Field, ApiError Error)[] errors)
    {
        var fields = new FieldErrors();
        foreach (var (field, error) in errors)
        {
            fields.Add(field, error);
        }

        return Example(ApiProblems.ValidationDetails(fields));
    }

    private static JsonObject Example(Microsoft.AspNetCore.Mvc.ProblemDetails details)
    {
        var status = details.Status ?? 500;
        var example = System.Text.Json.JsonSerializer.SerializeToNode(details, details.GetType(), System.Text.Json.JsonSerializerOptions.Web)!.AsObject();
        example["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? 6 : 5)}.{(status >= 500 ? status - 499 : status - 399)}";
        example["instance"] = "/api/…";
        example["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        return example;
    }

    private static void Request(OpenApiOperation operation, params (string Name, string Summary, JsonObject Value)[] examples)
    {
        if (operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        foreach (var media in content.Values)
        {
            media.Examples = examples.ToDictionary(e => e.Name, e => (IOpenApiExample)new OpenApiExample { Summary = e.Summary, Value = e.Value.DeepClone() });
        }
    }

    private static void Response(OpenApiOperation operation, string status, JsonObject example)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true && response.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = example.DeepClone();
            }
        }
    }
}
