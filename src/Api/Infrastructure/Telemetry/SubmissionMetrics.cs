using Mediator;
using SocialInsurance.Api.Features.Applications;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>Counts submissions by outcome as they leave the use case, so the use case itself stays about submitting.</summary>
public sealed class SubmissionMetrics : IPipelineBehavior<SubmitApplication.Command, SubmitApplication.Result>
{
    public async ValueTask<SubmitApplication.Result> Handle(
        SubmitApplication.Command message, MessageHandlerDelegate<SubmitApplication.Command, SubmitApplication.Result> next, CancellationToken cancellationToken)
    {
        var result = await next(message, cancellationToken);
        ApiTelemetry.Submitted(result.Outcome.ToString());
        return result;
    }
}
