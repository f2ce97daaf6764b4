using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Execution.Instances;

/// <summary>
/// The durable state of one running process: its tokens and variables travel as JSON in one row, so a step reads and
/// writes one instance row (plus the indexed side tables for bookmarks, tasks and the journal).
/// <see cref="ConcurrencyStamp"/> makes every step a compare-and-swap on that row: one writer per instance.
/// </summary>
public sealed class ProcessInstance
{
    public Guid Id { get; init; }
    public required string DefinitionId { get; set; }
    public required string ProcessKey { get; init; }
    public int ProcessVersion { get; set; }
    public string? BusinessKey { get; init; }

    /// <summary>
    /// The business key again when the start asked for one instance per key (<c>StartOnceAsync</c>), else null. A
    /// unique index on it (nulls distinct) is what makes "once" hold across racing requests and nodes; a lookup
    /// before the insert could not, because two starts can both look before either commits.
    /// </summary>
    public string? UniqueKey { get; init; }
    /// <summary>The instance whose call activity started this one; null for an instance started on its own.</summary>
    public Guid? ParentInstanceId { get; init; }

    /// <summary>The call activity's token in <see cref="ParentInstanceId"/>: where the parent continues when this one ends.</summary>
    public int? ParentTokenId { get; init; }
    public InstanceStatus Status { get; set; } = InstanceStatus.Active;
    public List<Token> Tokens { get; set; } = [];
    public JsonObject Variables { get; set; } = [];
    public int NextTokenId { get; set; } = 1;
    public int JournalSequence { get; set; }
    public int OpenIncidents { get; set; }
    public long ConcurrencyStamp { get; set; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? StartedBy { get; init; }
}
