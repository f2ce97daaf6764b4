using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Http;

/// <summary>
/// Holds the answer to a request that may change something until every commit made before it is durable. At
/// <c>synchronous=FULL</c> the engine's writer commits before its log is synced (<see cref="GroupCommit"/>): a commit is
/// visible for about one fsync before it is on disk. A step is answered only after its own sync, but a handler may also
/// answer on what it only read — a retried submission that finds its case already submitted answers 202 — and that
/// answer must not promise what a power loss could take back. Reads (GET, HEAD, OPTIONS) promise nothing and are not held.
/// </summary>
public static class DurableAnswers
{
    public static IApplicationBuilder UseDurableAnswers(this IApplicationBuilder app)
    {
        var writer = app.ApplicationServices.GetRequiredService<GroupCommit>();
        if (!writer.Enabled)
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.OnStarting(static state => ((GroupCommit)state).DurableAsync(), writer);
            }

            return next(context);
        });
    }
}
