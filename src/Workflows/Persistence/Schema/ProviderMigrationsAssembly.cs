using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace SocialInsurance.Workflows.Persistence.Schema;

#pragma warning disable EF1001 // MigrationsAssembly is EF's own lookup; only its two lists are narrowed here.

/// <summary>
/// One context, two migration sets: SQLite and PostgreSQL need different column types, so each provider has its own
/// migrations and model snapshot, told apart by namespace (<c>….Migrations.Sqlite</c>, <c>….Migrations.PostgreSql</c>).
/// EF finds migrations by context type alone; this narrows what it sees to the active provider's namespace, for
/// <c>Migrate()</c> and for <c>dotnet ef migrations add</c> alike.
/// </summary>
public sealed class ProviderMigrationsAssembly : MigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _suffix;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotRead;

    public ProviderMigrationsAssembly(
        ICurrentDbContext currentContext,
        IDbContextOptions options,
        IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
        : base(currentContext, options, idGenerator, logger)
    {
        _contextType = currentContext.Context.GetType();
        _suffix = "." + StoreProvider.MigrationsFolder(currentContext.Context.Database.ProviderName);
    }

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations
            .Where(m => m.Value.Namespace?.EndsWith(_suffix, StringComparison.Ordinal) == true)
            .ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotRead)
            {
                _snapshot = Assembly.GetTypes()
                    .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ModelSnapshot))
                        && t.Namespace?.EndsWith(_suffix, StringComparison.Ordinal) == true
                        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType)
                    .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
                    .FirstOrDefault();
                _snapshotRead = true;
            }

            return _snapshot;
        }
    }
}
