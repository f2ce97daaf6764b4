using Microsoft.Extensions.Options;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Http;

/// <summary>Fails at start-up with every wrong setting named, rather than at the first poll.</summary>
internal sealed class TaxBureauOptionsValidator : IValidateOptions<TaxBureauOptions>
{
    public ValidateOptionsResult Validate(string? name, TaxBureauOptions options)
    {
        var failures = new List<string>();
        options.CheckPipeline(TaxBureauOptions.SectionName, failures);
        if (!options.Credential.HasUsableSecret)
        {
            failures.Add($"TaxBureau:Credential:Secret must be set, at least {TaxBureauCredential.MinimumSecretLength} characters (the bureau refuses unsigned requests).");
        }

        if (string.IsNullOrWhiteSpace(options.Credential.KeyId))
        {
            failures.Add("TaxBureau:Credential:KeyId must not be empty.");
        }

        if (options.BatchSize is < 1 or > TaxBureauWire.MaxBatchSize)
        {
            failures.Add($"TaxBureau:BatchSize must lie between 1 and {TaxBureauWire.MaxBatchSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
