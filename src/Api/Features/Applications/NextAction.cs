namespace SocialInsurance.Api.Features.Applications;

/// <summary>What the applicant must do now: UploadMaterials (with the kinds still missing), Submit, SignAgreement, or
/// AgreementAccountMismatch (an agreement was signed for another account than the declared one).</summary>
public sealed record NextAction(string Kind, string Zh, string En, IReadOnlyList<string>? Materials = null);
