using Microsoft.Extensions.Options;

namespace SocialInsurance.InsuranceRegistry.Http;

/// <summary>Fails at start-up with every wrong setting named.</summary>
internal sealed class InsuranceRegistryOptionsValidator : IValidateOptions<InsuranceRegistryOptions>
{
    public ValidateOptionsResult Validate(string? name, InsuranceRegistryOptions options)
    {
        var failures = new List<string>();
        options.CheckPipeline(InsuranceRegistryOptions.SectionName, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
