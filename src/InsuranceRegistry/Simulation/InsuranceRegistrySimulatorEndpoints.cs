using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.InsuranceRegistry.Wire;

namespace SocialInsurance.InsuranceRegistry.Simulation;

public static class InsuranceRegistrySimulatorEndpoints
{
    /// <summary>
    /// The wire API of <see cref="RegistryWire"/>, answered from the <see cref="InsuranceRegistrySimulator"/> singleton
    /// with the wire's own JSON settings. Seeding is deliberately not here: the Api host offers it on its own
    /// authenticated, audited administrator routes.
    /// </summary>
    public static RouteGroupBuilder MapInsuranceRegistrySimulator(this IEndpointRouteBuilder app, string prefix = RegistryWire.DefaultPrefix)
    {
        var group = app.MapGroup(prefix);
        group.MapPost(RegistryWire.PersonQueryPath, QueryPerson).ExcludeFromDescription();
        return group;
    }

    private static async Task<IResult> QueryPerson(HttpRequest request, InsuranceRegistrySimulator simulator)
    {
        switch (simulator.Outage)
        {
            case RegistryOutage.ServerError:
                return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Simulated outage / 模拟故障");
            case RegistryOutage.Delay:
                try
                {
                    await Task.Delay(simulator.OutageDelay, request.HttpContext.RequestAborted);
                }
                catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
                {
                    return Results.Empty;
                }

                break;
        }

        PersonQuery? query;
        try
        {
            query = await JsonSerializer.DeserializeAsync<PersonQuery>(request.Body, RegistryWire.JsonOptions, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            query = null;
        }

        if (!RegistryWire.IsIdNumberShape(query?.IdNumber?.Trim()))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid registry lookup / 查询请求无效",
                detail: "Expected a JSON body with an 18-character idNumber. 请求体须包含 18 位身份证号码 idNumber。");
        }

        return Results.Json(await simulator.GetAsync(query!.IdNumber!, request.HttpContext.RequestAborted), RegistryWire.JsonOptions);
    }
}
