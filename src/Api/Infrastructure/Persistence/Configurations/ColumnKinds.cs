using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>The kinds of key and column the case service's tables share, each mapped one way wherever it appears.</summary>
internal static class ColumnKinds
{
    /// <summary>
    /// A key the service assigns before the insert (a version-7 <see cref="Guid"/>, the application's id, the policy
    /// year), never the database: the id is known before the row is saved, to the domain events and to the engine,
    /// whose business key it is.
    /// </summary>
    public static KeyBuilder HasAssignedKey<TEntity, TKey>(this EntityTypeBuilder<TEntity> entity, Expression<Func<TEntity, TKey>> key)
        where TEntity : class =>
        entity.HasKey(entity.Property(key).ValueGeneratedNever().Metadata.Name);

    /// <summary>A user's name (who wrote, did or owns the row): as long as Identity's own (<see cref="AppUser.MaxUserNameLength"/>).</summary>
    public static PropertyBuilder<T> HoldsUserName<T>(this PropertyBuilder<T> property) => property.HasMaxLength(AppUser.MaxUserNameLength);

    /// <summary>
    /// An instant stored as UTC ticks on every provider, not only on SQLite (the context's convention): the tables
    /// that have always stored it so, which PostgreSQL databases hold as <c>bigint</c> too.
    /// </summary>
    public static PropertyBuilder<DateTimeOffset> StoredAsUtcTicks(this PropertyBuilder<DateTimeOffset> property) => property.HasConversion(new UtcTicksConverter());
}
