using SocialInsurance.Gateways;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Http;

/// <summary>
/// Bound from the configuration section <c>TaxBureau</c>. The defaults suit a bureau that answers a 500-person query
/// in well under a second; every figure trades how long a polling job may hang against how soon it gives up and
/// leaves the work to its next run (which loses nothing: the queries are safe to repeat). While the breaker is open,
/// calls fail at once with <see cref="TaxBureauUnavailableException"/>.
/// </summary>
public sealed class TaxBureauOptions : GatewayOptions
{
    public const string SectionName = "TaxBureau";

    public TaxBureauOptions()
    {
        AttemptTimeout = TimeSpan.FromSeconds(10);
        TotalTimeout = TimeSpan.FromSeconds(60);
        MaxRetries = 3;
        RetryBaseDelay = TimeSpan.FromSeconds(1);
    }

    /// <summary>Path in front of the wire routes, <c>/tax-bureau/v1</c> unless the bureau publishes another version.</summary>
    public string PathPrefix { get; set; } = TaxBureauWire.DefaultPrefix;

    /// <summary>ID numbers per request; the adapter splits larger lists. The simulator accepts at most 1000.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>The key every request is signed with (<c>TaxBureau:Credential</c>); required, the bureau answers nothing unsigned.</summary>
    public TaxBureauCredential Credential { get; set; } = new();
}
