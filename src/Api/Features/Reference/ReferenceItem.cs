namespace SocialInsurance.Api.Features.Reference;

/// <summary>A coded choice: request bodies send <see cref="Code"/>; forms show the names.</summary>
public sealed record ReferenceItem(string Code, string NameZh, string NameEn);
