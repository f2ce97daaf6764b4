using SocialInsurance.Api.Infrastructure.Persistence;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// <c>Idempotency-Key</c> on the POSTs that create or submit: the same key and body replays the first success, the same
/// key with another body is 422, a duplicate arriving while the first still runs is 409. Keys are per user, so two
/// users choosing the same key never see each other's responses. Only successes are remembered: a refused request
/// changed nothing and may simply be sent again.
/// A reservation still without a response after <c>Idempotency:InFlightTimeoutSeconds</c> (default 120, longer than
/// any request runs) belongs to a request that died with its process: it is released and the retry runs. That is safe
/// because creating an application stores its response in the transaction of its effect (<see cref="IdempotencyScope"/>),
/// so "no response" means "no application"; an upload that runs again replaces the same material, and a submission
/// that runs again finds the case submitted and answers 202 with its one instance (<see cref="IdempotencyScope.RetriesAbandoned"/>).
/// </summary>
public sealed class IdempotencyFilter(
    ApplicantDatabase database, IdempotencyScope scope, IOptions<JsonOptions> json, IConfiguration configuration, TimeProvider time) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 100;

    private readonly TimeSpan _inFlightTimeout = TimeSpan.FromSeconds(configuration.GetValue("Idempotency:InFlightTimeoutSeconds", 120));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        var userName = http.User.Identity?.Name;
        if (key.Length == 0 || userName is null)
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength)
        {
            return ApiProblems.Validation(new FieldErrors().Add(Header, ErrorCodes.IdempotencyKeyTooLong, new { max = MaxKeyLength }));
        }

        var hash = await HashAsync(context);
        var ct = http.RequestAborted;
        await using var db = await database.OpenAsync(ct);
        var reservation = new IdempotencyRecord { UserName = userName, Key = key, RequestHash = hash, CreatedAt = time.GetUtcNow() };
        if (!await TryReserveAsync(db, reservation, ct))
        {
            var first = await db.IdempotencyKeys.AsNoTracking().SingleAsync(r => r.UserName == userName && r.Key == key, ct);
            if (!IsAbandoned(first) || !await ReleaseAsync(db, first, ct) || !await TryReserveAsync(db, reservation, ct))
            {
                return Replay(http, first, hash);
            }

            scope.RetriesAbandoned = true;
        }

        scope.Reservation = (userName, key);

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await ForgetAsync(db, reservation);
            throw;
        }

        if (scope.Completed)
        {
            // Stored in the transaction of the effect; saving it again would be one more commit for nothing.
            return result;
        }

        if (result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
        {
            reservation.StatusCode = success.StatusCode.Value;
            reservation.ResponseBody = result is IValueHttpResult { Value: { } value }
                ? JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions)
                : null;
            reservation.Location = result.GetType().GetProperty("Location")?.GetValue(result) as string;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        else
        {
            await ForgetAsync(db, reservation);
        }

        return result;
    }

    private static async Task<bool> TryReserveAsync(CaseServiceDbContext db, IdempotencyRecord reservation, CancellationToken ct)
    {
        db.IdempotencyKeys.Add(reservation);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private bool IsAbandoned(IdempotencyRecord record) => record.StatusCode == 0 && record.CreatedAt < time.GetUtcNow() - _inFlightTimeout;

    /// <summary>Deletes exactly that abandoned reservation; of two retries racing to release it, one wins.</summary>
    private static async Task<bool> ReleaseAsync(CaseServiceDbContext db, IdempotencyRecord abandoned, CancellationToken ct) =>
        await db.IdempotencyKeys
            .Where(r => r.UserName == abandoned.UserName && r.Key == abandoned.Key && r.StatusCode == 0 && r.CreatedAt == abandoned.CreatedAt)
            .ExecuteDeleteAsync(ct) == 1;

    private static IResult Replay(HttpContext http, IdempotencyRecord first, string hash)
    {
        if (first.StatusCode == 0)
        {
            return ApiProblems.Conflict(ErrorCodes.IdempotencyInProgress.With());
        }

        if (!string.Equals(first.RequestHash, hash, StringComparison.Ordinal))
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, ErrorCodes.IdempotencyReused.With(), ErrorCodes.IdempotencyReusedTitle);
        }

        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (first.Location is { } location)
        {
            http.Response.Headers.Location = location;
        }

        return first.ResponseBody is { } body
            ? Results.Text(body, "application/json", Encoding.UTF8, first.StatusCode)
            : Results.StatusCode(first.StatusCode);
    }

    /// <summary>Only while it has no response: a use case that stored its response with its effect has committed.</summary>
    private static async Task ForgetAsync(CaseServiceDbContext db, IdempotencyRecord reservation) =>
        await db.IdempotencyKeys
            .Where(r => r.UserName == reservation.UserName && r.Key == reservation.Key && r.StatusCode == 0)
            .ExecuteDeleteAsync(CancellationToken.None);

    /// <summary>Method, path and the request's content: the JSON body as bound, or every form field and file.</summary>
    private static async Task<string> HashAsync(EndpointFilterInvocationContext context)
    {
        var request = context.HttpContext.Request;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        foreach (var argument in context.Arguments)
        {
            if (argument is JsonNode node)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(node.ToJsonString()));
            }
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            foreach (var field in form.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes($"{field.Key}={field.Value}\n"));
            }

            foreach (var file in form.Files)
            {
                sha.AppendData(Encoding.UTF8.GetBytes($"{file.Name}:{file.Length}\n"));
                await using var stream = file.OpenReadStream();
                var buffer = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(buffer, context.HttpContext.RequestAborted)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                }
            }
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
