using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

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
                Response(operation, "401", Problem(401, "登录失败 / Sign-in failed", "The user name or password is wrong."));
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
                Response(operation, "400", Validation(("phone", "手机号码格式不正确 / The mobile number is not valid."), ("insuranceTypes", "请至少选择一个险种 / Select at least one insurance type.")));
                break;
            case "SubmitApplication":
                Response(operation, "202", new JsonObject
                {
                    ["id"] = "0b9d6f1e-6c5a-4a43-9a55-2f7c1c0e8d21", ["caseNumber"] = "XJ-20260302-000001", ["status"] = "Submitted",
                    ["instanceId"] = "5f0c2a47-3d1e-4f7b-8b0e-8d1c2e3f4a5b",
                });
                Response(operation, "400", Validation(("materials", "请上传户口本复印件 / Upload the household register copy.")));
                Response(operation, "409", Problem(409, "状态冲突 / Conflict", "The application was already submitted."));
                break;
            case "CompleteTask":
                Request(operation,
                    ("approve", "审核通过 Approve", new JsonObject { ["decision"] = "approve", ["comment"] = "材料齐全，同意" }),
                    ("reject", "驳回 Reject (comment required)", new JsonObject { ["decision"] = "reject", ["comment"] = "不符合灵活就业参保条件" }),
                    ("supplement", "要求补充材料 Request materials", new JsonObject
                    {
                        ["decision"] = "supplement", ["comment"] = "身份证正面模糊", ["missingMaterials"] = new JsonArray("IdCardFront"),
                    }));
                Response(operation, "200", new JsonObject { ["taskId"] = "9a3e6c1d-2b4f-4e8a-a1c3-5d7e9f0b2c4d", ["instanceId"] = "5f0c2a47-3d1e-4f7b-8b0e-8d1c2e3f4a5b" });
                Response(operation, "400", Validation(
                    ("comment", "请填写“审核意见 Comment” / 审核意见 Comment is required"),
                    ("missingMaterials", "请填写“需补充的材料 Missing materials” / 需补充的材料 Missing materials is required")));
                Response(operation, "409", Problem(409, "状态冲突 / Conflict", "Task 9a3e6c1d-2b4f-4e8a-a1c3-5d7e9f0b2c4d was completed or changed by someone else at the same time."));
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
                        ? Validation(("field", "中文说明 / English explanation"))
                        : Problem(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), "中文标题 / English title", "What went wrong.");
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

    private static JsonObject Problem(int status, string title, string detail) => new()
    {
        ["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? 6 : 5)}.{(status >= 500 ? status - 499 : status - 399)}",
        ["title"] = title, ["status"] = status, ["detail"] = detail, ["instance"] = "/api/…", ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    };

    private static JsonObject Validation(params (string Field, string Message)[] errors)
    {
        var problem = Problem(400, "输入有误 / One or more fields are invalid", "See errors.");
        problem.Remove("detail");
        problem["errors"] = new JsonObject(errors.Select(e => KeyValuePair.Create(e.Field, (JsonNode?)new JsonArray(e.Message))));
        return problem;
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
