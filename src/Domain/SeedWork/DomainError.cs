namespace SocialInsurance.Domain.SeedWork;

/// <summary>
/// One broken rule, in a form the API can turn into a field-level problem detail: a stable code for clients
/// and tests, and the message in both languages applicants and reviewers read (DESIGN "Quality bars").
/// </summary>
public sealed record DomainError(string Code, string MessageZh, string MessageEn)
{
    public override string ToString() => $"{Code}: {MessageEn}";
}
