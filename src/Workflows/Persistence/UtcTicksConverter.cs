using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>Stores instants as UTC ticks so SQLite can index, compare and order them; the offset is not business data.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
