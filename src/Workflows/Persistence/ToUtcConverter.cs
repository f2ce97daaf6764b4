using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>Normalises instants to UTC on the way in; the same instant comes back, with offset zero.</summary>
public sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
