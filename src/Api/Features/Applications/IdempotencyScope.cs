using SocialInsurance.Api.Infrastructure.Persistence;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The <c>Idempotency-Key</c> reserved for the current request, so a use case can store its response in the same
/// transaction as its effect. Then a reservation that never got a response after a crash proves that the effect
/// never committed, and <see cref="IdempotencyFilter"/> may release it for the client's retry without risking a
/// second effect.
/// </summary>
public sealed class IdempotencyScope(IOptions<JsonOptions> json)
{
    public (string UserName, string Key)? Reservation { get; set; }

    /// <summary>
    /// The reservation replaced one abandoned by a request that died with its process: this request is the client's
    /// retry of one whose effect may already have happened. A use case whose effect cannot carry its response in the
    /// same transaction (submission: the case and the engine are two commits) answers such a retry from the state.
    /// </summary>
    public bool RetriesAbandoned { get; set; }

    /// <summary>The use case stored the response with its effect and that transaction committed: the filter has nothing left to save.</summary>
    public bool Completed { get; private set; }

    /// <summary>Called once the transaction <see cref="CompleteWithinAsync"/> wrote in has committed (not before: it may still roll back).</summary>
    public void MarkCommitted() => Completed = Reservation is not null;

    /// <summary>Stores the response on the reservation through <paramref name="db"/>'s current transaction.</summary>
    public async Task CompleteWithinAsync(CaseServiceDbContext db, int statusCode, string? location, object? body, CancellationToken ct)
    {
        if (Reservation is not var (userName, key))
        {
            return;
        }

        var text = body is null ? null : JsonSerializer.Serialize(body, body.GetType(), json.Value.SerializerOptions);
        await db.IdempotencyKeys
            .Where(r => r.UserName == userName && r.Key == key)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.StatusCode, statusCode)
                .SetProperty(r => r.Location, location)
                .SetProperty(r => r.ResponseBody, text), ct);
    }
}
