using System.Diagnostics;
using Mediator;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>
/// A span per Mediator message, between the HTTP span and the engine's and the database's: it names the use case
/// (<c>SubmitApplication.Command</c>) a slow or failing request spent its time in. Only the type name is recorded —
/// messages carry applicants' data.
/// </summary>
public sealed class MessageTracing<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string SpanName = typeof(TMessage).DeclaringType is { } useCase
        ? $"{useCase.Name}.{typeof(TMessage).Name}"
        : typeof(TMessage).Name;

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        ApiTelemetry.Source.HasListeners() ? TracedAsync(message, next, cancellationToken) : next(message, cancellationToken);

    private static async ValueTask<TResponse> TracedAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = ApiTelemetry.Source.StartActivity(SpanName);
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("error.type", ex.GetType().FullName);
            throw;
        }
    }
}
