using SocialInsurance.Api.Infrastructure.TaxBureau;

namespace SocialInsurance.Api.Features.Simulators;

public static class SimulatorEndpoints
{
    /// <summary>Only where the in-process tax-bureau simulator runs; in production these routes do not exist.</summary>
    public static IEndpointRouteBuilder MapSimulatorEndpoints(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!TaxBureauHostingExtensions.SimulatorEnabled(configuration))
        {
            return app;
        }

        var group = app.MapGroup("/api/simulators/tax").WithTags("Simulators");
        SignAgreement.Map(group);
        RevokeAgreement.Map(group);
        RunDeductions.Map(group);
        return app;
    }
}
