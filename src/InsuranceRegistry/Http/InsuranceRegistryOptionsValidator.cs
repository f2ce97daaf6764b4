using Microsoft.Extensions.Options;

namespace SocialInsurance.InsuranceRegistry.Http;

/// <summary>Fails at start-up with every wrong setting named (Polly's own lower bounds repeated: 10 ms, 500 ms).</summary>
internal sealed class InsuranceRegistryOptionsValidator : IValidateOptions<InsuranceRegistryOptions>
{
    public ValidateOptionsResult Validate(string? name, InsuranceRegistryOptions options)
    {
        var failures = new List<string>();
        if (options.BaseAddress is not { IsAbsoluteUri: true })
        {
            failures.Add("InsuranceRegistry:BaseAddress must be an absolute http(s) address.");
        }

        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10))
        {
            failures.Add("InsuranceRegistry:AttemptTimeout must be at least 10 ms.");
        }

        if (options.TotalTimeout <= options.AttemptTimeout)
        {
            failures.Add("InsuranceRegistry:TotalTimeout must be longer than AttemptTimeout.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("InsuranceRegistry:MaxRetries must lie between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add("InsuranceRegistry:RetryBaseDelay must not be negative.");
        }

        if (options.CircuitFailureRatio is <= 0 or > 1)
        {
            failures.Add("InsuranceRegistry:CircuitFailureRatio must lie above 0 and at most 1.");
        }

        if (options.CircuitMinimumThroughput < 2)
        {
            failures.Add("InsuranceRegistry:CircuitMinimumThroughput must be at least 2.");
        }

        if (options.CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || options.CircuitSamplingDuration < 2 * options.AttemptTimeout)
        {
            failures.Add("InsuranceRegistry:CircuitSamplingDuration must be at least 500 ms and at least twice AttemptTimeout.");
        }

        if (options.CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add("InsuranceRegistry:CircuitBreakDuration must be at least 500 ms.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
