namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>A refused signing, in both languages because the Api shows it to the applicant as it stands.</summary>
public sealed record SimulatorError(string Code, string MessageZh, string MessageEn);
