namespace SocialInsurance.Domain.Policy;

/// <summary>How far a seeded figure can be trusted, on the scale of DOMAIN-SOURCES (high / medium / low).</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}
