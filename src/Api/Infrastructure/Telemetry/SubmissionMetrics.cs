using Mediator;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>Counts submissions by outcome as they leave the use case, so the use case itself stays about submitting.</summary>
public sealed class SubmissionMetrics : IPipelineBehavior<SubmitApplication.Command, Result<SubmitApplication.SubmitResponse>>
{
    public async ValueTask<Result<SubmitApplication.SubmitResponse>> Handle(
        SubmitApplication.Command message, MessageHandlerDelegate<SubmitApplication.Command, Result<SubmitApplication.SubmitResponse>> next, CancellationToken cancellationToken)
    {
        var result = await next(message, cancellationToken);
        ApiTelemetry.Submitted(OutcomeOf(result.Failure));
        return result;
    }

    // The metric's labels predate Result<T>; dashboards keep their series.
    private static string OutcomeOf(Failure failure) => failure switch
    {
        Failure.None => "Accepted",
        Failure.Unavailable => "NotStarted",
        _ => failure.ToString(),
    };
}
