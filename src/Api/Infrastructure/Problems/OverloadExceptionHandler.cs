using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>
/// "The database cannot take this request now" is overload, not a server fault: no pooled connection free within the
/// pool's wait, PostgreSQL out of connection slots, SQLite's write lock not granted within the command timeout, or a
/// step not admitted in time. Such a request changed nothing (its transaction never began or rolled back), so it is
/// answered 503 with <c>Retry-After</c> and <c>request.overloaded</c>, and the client may simply send it again —
/// rather than a 500 that reads like a bug and invites no retry.
/// </summary>
public sealed class OverloadExceptionHandler(IProblemDetailsService problems, ILogger<OverloadExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Long enough for a burst to drain, short enough that a waiting applicant is not sent away for long.</summary>
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsOverload(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("Refused {Method} {Path} with 503: the database is overloaded ({Reason})",
            httpContext.Request.Method, httpContext.Request.Path, Innermost(exception).Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var problem = ApiProblems.Details(StatusCodes.Status503ServiceUnavailable, ErrorCodes.RequestOverloaded.With(new { retryAfterSeconds = RetryAfterSeconds }));
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Anywhere in the chain: EF wraps provider errors (a "transient failure", a DbUpdateException).</summary>
    public static bool IsOverload(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case StepAdmissionTimeoutException:
                    return true;
                case PostgresException postgres when IsOutOfResources(postgres.SqlState):
                    return true;
                case NpgsqlException { InnerException: TimeoutException }:
                    return true; // no pooled connection within Timeout, or a command over its CommandTimeout
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true; // SQLITE_BUSY / SQLITE_LOCKED: the write lock was not granted within the command timeout
            }
        }

        return false;
    }

    /// <summary>Class 53 (insufficient resources: 53300 too many connections) and 57P03 (cannot connect now).</summary>
    private static bool IsOutOfResources(string sqlState) =>
        sqlState.StartsWith("53", StringComparison.Ordinal) || sqlState == PostgresErrorCodes.CannotConnectNow;

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
