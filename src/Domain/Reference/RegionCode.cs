using System.Diagnostics.CodeAnalysis;

using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Reference;

/// <summary>
/// A 参保统筹区 code: the first four digits of a GB/T 2260 division code (DOMAIN-SOURCES §7). Only the shape is
/// checked here; whether the region is one this service runs is the <see cref="RegionCatalog"/>'s business, because
/// the list is configuration.
/// </summary>
public sealed record RegionCode
{
    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out RegionCode? code, [NotNullWhen(false)] out DomainError? error)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 4 && value.All(char.IsAsciiDigit))
        {
            code = new RegionCode(value);
            error = null;
            return true;
        }

        code = null;
        error = new DomainError(
            "RegionCode.Invalid", "参保统筹区代码应为 4 位数字，例如 6501", "A region code must be four digits, e.g. 6501.");
        return false;
    }

    public static RegionCode Create(string text) =>
        TryCreate(text, out var code, out var error) ? code : throw new DomainException(error);

    public override string ToString() => Value;
}
