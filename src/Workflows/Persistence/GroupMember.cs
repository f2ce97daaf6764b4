using Microsoft.EntityFrameworkCore.Storage;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>One step's place in a group: the shared writer's context and transaction (its savepoint is the writer's).</summary>
internal sealed class GroupMember(GroupCommit writer, WorkflowDbContext db, IDbContextTransaction transaction, GroupCommit.Group group)
{
    private bool _done;

    public WorkflowDbContext Db => db;
    public IDbContextTransaction Transaction => transaction;
    public GroupCommit.Group Group => group;

    public async Task CommitAsync()
    {
        _done = true;
        await writer.CommitAsync(this);
    }

    public async Task AbortAsync()
    {
        if (!_done)
        {
            _done = true;
            await writer.AbortAsync(this);
        }
    }
}
