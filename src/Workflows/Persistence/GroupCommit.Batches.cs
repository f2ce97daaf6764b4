using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// A step whose writes are all the engine's own, converted before its turn (<see cref="Statements.Converted"/>), does
/// not need its thread at the writer: it hands the statements over and waits for its group's commit. Whoever holds the
/// turn writes them, each in its own savepoint as a member's, straight after its own.
/// <para>
/// Why: a turn given to a waiting step is a continuation queued to the thread pool; the writer, which every step waits
/// for, idles until a thread picks it up (the "hand-over", 12–21 µs a step on the engine bench with four and 32 clients,
/// about a tenth of the writer's time). A step that runs its handlers' own SQL on the writer's connection still takes a turn.
/// </para>
/// </summary>
public sealed partial class GroupCommit
{
    private long _writtenForOthers;

    /// <summary>Steps whose writes the step holding the writer ran for them, without a turn of their own.</summary>
    public long WrittenForOthers => Interlocked.Read(ref _writtenForOthers);

    /// <summary>
    /// Writes <paramref name="writes"/> as one member of a group, now if the writer is free or else by the step holding
    /// it, and returns once that group committed; a statement that fails (a stale stamp) undoes this member alone, and
    /// its error is thrown once the group is settled, as <see cref="AbortAsync"/> answers.
    /// </summary>
    internal async Task CommitAsync(Statements.Converted writes)
    {
        var batch = new Batch(writes);
        bool free;
        lock (_sync)
        {
            free = !_held;
            if (free)
            {
                _held = true;
                _grantedAt = time.GetTimestamp();
            }
            else
            {
                _waiting.Enqueue(batch);
            }
        }

        if (free)
        {
            await WriteThenPassAsync(batch);
        }
        else
        {
            Interlocked.Increment(ref _writtenForOthers);
        }

        await batch.Done.Task;
    }

    private async Task WriteThenPassAsync(Batch batch)
    {
        await WriteAsync(batch);
        await PassTurnAsync();
    }

    /// <summary>Runs a batch in the group (opening one if none is), holding the turn; records its failure, never throws.</summary>
    private async Task WriteAsync(Batch batch)
    {
        try
        {
            await OpenGroupAsync();
        }
        catch (Exception ex)
        {
            batch.Settle(ex);
            await FailGroupAsync(ex);
            return;
        }

        var group = _group!;
        // The group's first member has nothing before it to keep: undoing it is undoing the transaction, so it needs no
        // savepoint — nor the copy of every page it changes that SQLite keeps in a savepoint's journal. With one client
        // every step is a first member.
        var first = group.Members == 0;
        group.Members++;
        group.Add(batch);
        try
        {
            if (!first)
            {
                WriterStatements.Run(Savepoint);
            }

            await batch.Writes.RunAsync(WriterConnection, CancellationToken.None);
            if (!first)
            {
                WriterStatements.Run(ReleaseSavepoint);
            }

            group.Kept++;
        }
        catch (Exception ex)
        {
            batch.Error = ex;
            // A first member that failed leaves a group with nothing kept: it ends now (rolled back, and the member
            // answered with its error), so no later member joins a transaction holding half of its writes.
            await (first ? CommitGroupAsync() : UndoMemberAsync());
        }
    }

    internal sealed class Batch(Statements.Converted writes)
    {
        public Statements.Converted Writes => writes;

        /// <summary>Why this batch's own statements failed, if they did.</summary>
        public Exception? Error { get; set; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Settle(Exception? error) => GroupCommit.Settle(Done, error);
    }
}
