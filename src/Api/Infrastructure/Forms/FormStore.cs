using SocialInsurance.Api.Infrastructure.Persistence;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Forms;

namespace SocialInsurance.Api.Infrastructure.Forms;

/// <summary>
/// Deploys and reads form versions. A version is immutable, so its compiled schema is cached for the process's
/// lifetime: completing a task checks the body without re-reading or re-parsing the form.
/// </summary>
public sealed partial class FormStore(IDbContextFactory<CaseServiceDbContext> contexts, TimeProvider time)
{
    /// <summary>Far above any review form (the shipped one is ~2 KB); a bound keeps a pasted blob out of the database.</summary>
    public const int MaxSchemaBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    private readonly ConcurrentDictionary<string, FormSchema> _compiled = new(StringComparer.Ordinal);

    public static bool IsValidKey(string key) => KeyShape().IsMatch(key);

    public async Task<FormDeployment> DeployAsync(string key, JsonNode? schema, string? source, string? deployedBy, CancellationToken ct)
    {
        if (!IsValidKey(key))
        {
            return FormDeployment.Invalid(key, [new FormIssue("key", "表单键须为以 .form 结尾的文件名（字母、数字、. _ -）",
                "Expected the key to be a file name ending in .form (letters, digits, '.', '_', '-')")]);
        }

        var (_, issues) = FormSchemaReader.Read(schema);
        var json = schema?.ToJsonString(Compact) ?? "null";
        if (Encoding.UTF8.GetByteCount(json) > MaxSchemaBytes)
        {
            issues = [.. issues, new FormIssue("$", $"表单定义不能超过 {MaxSchemaBytes / 1024} KB", $"Expected at most {MaxSchemaBytes / 1024} KB of schema")];
        }

        if (issues.Count > 0)
        {
            return FormDeployment.Invalid(key, issues);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        await using var db = await contexts.CreateDbContextAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Forms.AsNoTracking().Where(f => f.Key == key && f.ContentHash == hash)
                .OrderByDescending(f => f.Version).FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                return new FormDeployment(key, existing.Version, Created: false, []);
            }

            var version = (await db.Forms.Where(f => f.Key == key).MaxAsync(f => (int?)f.Version, ct) ?? 0) + 1;
            var form = new FormDefinition
            {
                Id = FormDefinition.IdFor(key, version), Key = key, Version = version, ContentHash = hash, SchemaJson = json,
                Source = source, DeployedAt = time.GetUtcNow(), DeployedBy = deployedBy,
            };
            db.Forms.Add(form);
            try
            {
                await db.SaveChangesAsync(ct);
                return new FormDeployment(key, version, Created: true, []);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two deployments of one key raced for the same version number (unique index); the loser looks
                // again, and finds either the winner's identical content or the next free number.
                db.Entry(form).State = EntityState.Detached;
            }
        }
    }

    public async Task<FormDefinition?> FindAsync(string key, int? version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var forms = db.Forms.AsNoTracking().Where(f => f.Key == key);
        return version is { } v
            ? await forms.FirstOrDefaultAsync(f => f.Version == v, ct)
            : await forms.OrderByDescending(f => f.Version).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The version that was current at <paramref name="at"/> (a task's creation), so a task keeps the form it was
    /// created with even after a new version is deployed; the first version when the form is younger than the task.
    /// </summary>
    public async Task<FormDefinition?> CurrentAtAsync(string key, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var versions = await db.Forms.AsNoTracking().Where(f => f.Key == key).OrderBy(f => f.Version).ToListAsync(ct);
        return versions.LastOrDefault(f => f.DeployedAt <= at) ?? versions.FirstOrDefault();
    }

    public async Task<IReadOnlyList<FormDefinition>> VersionsAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Forms.AsNoTracking().Where(f => f.Key == key).OrderByDescending(f => f.Version).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<FormDefinition>> LatestOfEachKeyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = await db.Forms.AsNoTracking().Select(f => new { f.Id, f.Key, f.Version }).ToListAsync(ct);
        var latest = all.GroupBy(f => f.Key).Select(g => g.MaxBy(f => f.Version)!.Id).ToList();
        return [.. (await db.Forms.AsNoTracking().Where(f => latest.Contains(f.Id)).ToListAsync(ct)).OrderBy(f => f.Key, StringComparer.Ordinal)];
    }

    /// <summary>The compiled schema of a stored version. A stored version passed the reader when deployed, so a failure here is a bug.</summary>
    public FormSchema Compiled(FormDefinition form) => _compiled.GetOrAdd(form.Id, _ =>
        FormSchemaReader.Read(form.SchemaJson) is { Schema: { } schema }
            ? schema
            : throw new InvalidOperationException($"Expected deployed form '{form.Id}' to compile, but it does not."));

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._\-]{0,194}\.form$")]
    private static partial Regex KeyShape();
}
