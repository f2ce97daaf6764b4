namespace SocialInsurance.Api.Infrastructure.Materials;

/// <param name="Head">Up to the first 8 bytes: the magic number that says JPEG, PNG or PDF.</param>
public sealed record MaterialHead(long Size, byte[] Head);
