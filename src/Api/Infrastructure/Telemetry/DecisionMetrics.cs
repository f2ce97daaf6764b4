using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Api.Features.Tasks;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>Counts completed review tasks by decision; a value outside the known set is counted as <c>other</c>, never echoed.</summary>
public sealed class DecisionMetrics : IPipelineBehavior<CompleteTask.Command, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(
        CompleteTask.Command message, MessageHandlerDelegate<CompleteTask.Command, Result<Guid>> next, CancellationToken cancellationToken)
    {
        var result = await next(message, cancellationToken);
        if (result.IsOk)
        {
            var decision = message.Variables[CaseProcess.Variables.Decision] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            ApiTelemetry.Decided(decision is not null && CompleteTask.Decisions.Contains(decision, StringComparer.Ordinal) ? decision : "other");
        }

        return result;
    }
}
