using SocialInsurance.Api.Features.Simulators.Registry;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using SocialInsurance.Api.Infrastructure.TaxBureau;

namespace SocialInsurance.Api.Features.Simulators;

public static class SimulatorEndpoints
{
    /// <summary>Only where the in-process simulators run; in production these routes do not exist.</summary>
    public static IEndpointRouteBuilder MapSimulatorEndpoints(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (TaxBureauHostingExtensions.SimulatorEnabled(configuration))
        {
            var group = app.MapGroup("/api/simulators/tax").WithTags("Simulators");
            SignAgreement.Map(group);
            RevokeAgreement.Map(group);
            RunDeductions.Map(group);
        }

        if (InsuranceRegistryHostingExtensions.SimulatorEnabled(configuration))
        {
            var registry = app.MapGroup("/api/simulators/registry").WithTags("Simulators");
            SeedRegistryPerson.Map(registry);
            GetRegistryPerson.Map(registry);
            ClearRegistryPerson.Map(registry);
            SetRegistryOutage.Map(registry);
        }

        return app;
    }
}
