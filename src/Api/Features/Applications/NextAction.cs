namespace SocialInsurance.Api.Features.Applications;

/// <summary>What the applicant must do now: UploadMaterials (with the kinds still missing), Submit, or SignAgreement.</summary>
public sealed record NextAction(string Kind, string Zh, string En, IReadOnlyList<string>? Materials = null);
