namespace SocialInsurance.InsuranceRegistry.Simulation;

/// <summary>One problem with seeded records: the field it concerns and the message in Chinese and English.</summary>
public sealed record SeedError(string Field, string MessageZh, string MessageEn);
