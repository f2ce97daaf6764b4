namespace SocialInsurance.Domain.Applications;

/// <summary>An uploaded file, referenced by the id the upload store gave it; content checks happen at upload.</summary>
public sealed record Material(MaterialKind Kind, string FileId, string FileName, DateTimeOffset AttachedAt);
