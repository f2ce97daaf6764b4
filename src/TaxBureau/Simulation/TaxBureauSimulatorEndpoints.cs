using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Simulation;

public static class TaxBureauSimulatorEndpoints
{
    /// <summary>
    /// The wire API of <see cref="TaxBureauWire"/>, answered from the <see cref="TaxBureauSimulator"/> singleton.
    /// Bodies are read and written with <see cref="TaxBureauWire.JsonOptions"/> rather than the host's JSON settings,
    /// so whatever the Api host configures for its own routes cannot change the bureau's format. Signing and batch
    /// runs are deliberately not exposed here: the Api host offers them on its own authenticated routes. Every request
    /// must be signed (<see cref="SignedRequestFilter"/>), as the real bureau demands; the host adds its rate limit.
    /// </summary>
    public static RouteGroupBuilder MapTaxBureauSimulator(this IEndpointRouteBuilder app, string prefix = TaxBureauWire.DefaultPrefix)
    {
        var group = app.MapGroup(prefix);
        group.AddEndpointFilter(app.ServiceProvider.GetRequiredService<SignedRequestFilter>());
        group.AddEndpointFilter(ApplyOutage);
        Describe(group.MapPost(TaxBureauWire.AgreementsQueryPath, QueryAgreements), "QueryBureauAgreements",
                "Tax bureau (simulated): deduction-agreement states of up to 1,000 people. Signed requests only.")
            .Accepts<AgreementQuery>("application/json")
            .Produces<QueryResponse<AgreementStatus>>();
        Describe(group.MapPost(TaxBureauWire.DeductionsQueryPath, QueryDeductions), "QueryBureauDeductions",
                "Tax bureau (simulated): deduction results of up to 1,000 people in one period. Signed requests only.")
            .Accepts<DeductionQuery>("application/json")
            .Produces<QueryResponse<DeductionResult>>();
        return group;
    }

    private static RouteHandlerBuilder Describe(RouteHandlerBuilder route, string name, string summary) =>
        route.WithName(name)
            .WithTags("TaxBureauSimulator")
            .WithSummary(summary)
            .WithDescription(
                $"Headers {TaxBureauSignature.KeyIdHeader}, {TaxBureauSignature.TimestampHeader} (unix seconds), " +
                $"{TaxBureauSignature.NonceHeader} (16-64 characters, once only) and {TaxBureauSignature.SignatureHeader}: " +
                "base64 HMAC-SHA256 with the shared secret over METHOD\\npath\\ntimestamp\\nnonce\\nhex SHA-256 of the body.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async ValueTask<object?> ApplyOutage(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var outage = http.RequestServices.GetRequiredService<TaxBureauSimulator>().Outage;
        switch (outage.Mode)
        {
            case OutageMode.ServerError:
                return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Simulated outage / 模拟故障");
            case OutageMode.Delay:
                // Ends early when the client gives up, so a test's attempt timeout leaves no request hanging.
                try
                {
                    await Task.Delay(outage.Delay, http.RequestAborted);
                }
                catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
                {
                    return Results.Empty;
                }

                break;
        }

        return await next(context);
    }

    private static async Task<IResult> QueryAgreements(HttpRequest request, TaxBureauSimulator simulator)
    {
        var query = await ReadAsync<AgreementQuery>(request);
        if (BatchProblem(query?.IdNumbers) is { } problem)
        {
            return problem;
        }

        var items = await simulator.GetAgreementStatusesAsync(query!.IdNumbers!, request.HttpContext.RequestAborted);
        return Results.Json(new QueryResponse<AgreementStatus>(items), TaxBureauWire.JsonOptions);
    }

    private static async Task<IResult> QueryDeductions(HttpRequest request, TaxBureauSimulator simulator)
    {
        var query = await ReadAsync<DeductionQuery>(request);
        if (BatchProblem(query?.IdNumbers) is { } problem)
        {
            return problem;
        }

        if (!ContributionMonth.IsValid(query!.Period))
        {
            return BadRequest($"Expected period as yyyy-MM, but got '{query.Period}'. 缴费所属期应为 yyyy-MM 格式。");
        }

        var items = await simulator.GetDeductionResultsAsync(query.Period!, query.IdNumbers!, request.HttpContext.RequestAborted);
        return Results.Json(new QueryResponse<DeductionResult>(items), TaxBureauWire.JsonOptions);
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, TaxBureauWire.JsonOptions, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult? BatchProblem(IReadOnlyList<string>? idNumbers)
    {
        if (idNumbers is null || idNumbers.Count == 0)
        {
            return BadRequest("Expected a JSON body with a non-empty idNumbers array. 请求体须包含非空的 idNumbers 数组。");
        }

        if (idNumbers.Count > TaxBureauWire.MaxBatchSize)
        {
            return BadRequest($"Expected at most {TaxBureauWire.MaxBatchSize} ID numbers per request, but got {idNumbers.Count}. 每次查询人数超过上限。");
        }

        return idNumbers.Any(string.IsNullOrWhiteSpace)
            ? BadRequest("Expected every ID number to be non-empty. 身份证号码不能为空。")
            : null;
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid tax-bureau query / 查询请求无效", detail: detail);
}
