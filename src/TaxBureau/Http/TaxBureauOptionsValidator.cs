using Microsoft.Extensions.Options;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Http;

/// <summary>
/// Fails at start-up with every wrong setting named, rather than at the first poll with a Polly validation error
/// (Polly's own lower bounds are repeated here: 10 ms per attempt, 500 ms for the breaker's windows).
/// </summary>
internal sealed class TaxBureauOptionsValidator : IValidateOptions<TaxBureauOptions>
{
    public ValidateOptionsResult Validate(string? name, TaxBureauOptions options)
    {
        var failures = new List<string>();
        if (options.BaseAddress is not { IsAbsoluteUri: true })
        {
            failures.Add("TaxBureau:BaseAddress must be an absolute http(s) address.");
        }

        if (!options.Credential.HasUsableSecret)
        {
            failures.Add($"TaxBureau:Credential:Secret must be set, at least {TaxBureauCredential.MinimumSecretLength} characters (the bureau refuses unsigned requests).");
        }

        if (string.IsNullOrWhiteSpace(options.Credential.KeyId))
        {
            failures.Add("TaxBureau:Credential:KeyId must not be empty.");
        }

        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10))
        {
            failures.Add("TaxBureau:AttemptTimeout must be at least 10 ms.");
        }

        if (options.TotalTimeout <= options.AttemptTimeout)
        {
            failures.Add("TaxBureau:TotalTimeout must be longer than AttemptTimeout.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("TaxBureau:MaxRetries must lie between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add("TaxBureau:RetryBaseDelay must not be negative.");
        }

        if (options.BatchSize is < 1 or > TaxBureauWire.MaxBatchSize)
        {
            failures.Add($"TaxBureau:BatchSize must lie between 1 and {TaxBureauWire.MaxBatchSize}.");
        }

        if (options.CircuitFailureRatio is <= 0 or > 1)
        {
            failures.Add("TaxBureau:CircuitFailureRatio must lie above 0 and at most 1.");
        }

        if (options.CircuitMinimumThroughput < 2)
        {
            failures.Add("TaxBureau:CircuitMinimumThroughput must be at least 2.");
        }

        if (options.CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || options.CircuitSamplingDuration < 2 * options.AttemptTimeout)
        {
            failures.Add("TaxBureau:CircuitSamplingDuration must be at least 500 ms and at least twice AttemptTimeout.");
        }

        if (options.CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add("TaxBureau:CircuitBreakDuration must be at least 500 ms.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
