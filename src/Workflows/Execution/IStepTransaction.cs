using System.Data.Common;

namespace SocialInsurance.Workflows.Execution;

/// <summary>
/// The open database transaction of a step. Activity handlers enlist their own data access in it (same connection,
/// same transaction), so "a step and the domain change it makes commit together or not at all". Savepoints undo a
/// failed handler's writes while keeping the rest of the step, which then records an incident.
/// </summary>
public interface IStepTransaction
{
    DbConnection Connection { get; }
    DbTransaction Transaction { get; }
    Task SavepointAsync(string name, CancellationToken ct);
    Task RollbackToSavepointAsync(string name, CancellationToken ct);
    Task ReleaseSavepointAsync(string name, CancellationToken ct);
}
