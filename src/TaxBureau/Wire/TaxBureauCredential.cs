namespace SocialInsurance.TaxBureau.Wire;

/// <summary>
/// The shared secret both ends of the wire API hold, bound from <c>TaxBureau:Credential</c>: the HTTP adapter signs
/// each attempt with it, the simulator checks it (<see cref="TaxBureauSignature"/>). Keep <see cref="Secret"/> out of
/// files under version control: set it from the environment (<c>TaxBureau__Credential__Secret</c>) or a secret store.
/// </summary>
public sealed class TaxBureauCredential
{
    public const string SectionName = "TaxBureau:Credential";

    /// <summary>Below this a secret can be guessed offline from one captured request; 32 characters of a random string is enough.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>Which key signed the request, so the bureau can hold several and rotate them.</summary>
    public string KeyId { get; set; } = "social-insurance";

    public string? Secret { get; set; }

    /// <summary>
    /// How far a request's timestamp may lie from the receiver's clock, either way. A captured request can be replayed
    /// only inside this window, and not even there: the receiver remembers each nonce for twice the window.
    /// </summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(5);

    public bool HasUsableSecret => Secret is { Length: >= MinimumSecretLength };
}
