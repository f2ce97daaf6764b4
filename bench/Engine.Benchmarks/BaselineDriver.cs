using SocialInsurance.Workflows.Persistence;
using Microsoft.Data.Sqlite;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>
/// The physical limit: Microsoft.Data.Sqlite directly, the engine's own schema and pragmas (WAL, same synchronous),
/// writing the same rows the engine writes for each step (see the SQL captured with --dump-sql), one
/// BEGIN IMMEDIATE transaction per step, prepared commands reused on one open connection per client.
/// Only the lookups a step cannot avoid are read (task → instance; message subscription → bookmark, instance).
/// </summary>
public sealed class BaselineDriver : IDisposable
{
    private readonly Client[] _clients;

    public string DbPath { get; }

    private BaselineDriver(string dbPath, string synchronous, int clients)
    {
        DbPath = dbPath;
        _clients = Enumerable.Range(0, clients).Select(_ => new Client(dbPath, synchronous)).ToArray();
    }

    /// <summary>Creates the schema with the engine's own script, then drops the engine.</summary>
    public static async Task<BaselineDriver> CreateAsync(string dbPath, string synchronous, int clients)
    {
        await using (await EngineDriver.CreateAsync(dbPath, synchronous))
        {
        }

        return new BaselineDriver(dbPath, synchronous, clients);
    }

    public Client For(int client) => _clients[client];

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        SqliteConnection.ClearAllPools();
    }

    public sealed class Client : IDisposable
    {
        private readonly SqliteConnection _c;
        private readonly SqliteCommand _insInstance, _insBookmark, _insTask, _insCandidate, _insJournal;
        private readonly SqliteCommand _findTask, _findSubscription, _delBookmark, _updInstance, _updTask;

        public Client(string dbPath, string synchronous)
        {
            _c = new SqliteConnection($"Data Source={dbPath};Pooling=False");
            _c.Open();
            Exec($"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint={SqlitePragmas.AutoCheckpointPages};");
            _insInstance = Cmd("""
                INSERT INTO "wf_instances" ("Id", "BusinessKey", "ConcurrencyStamp", "DefinitionId", "EndedAt", "JournalSequence", "NextTokenId", "OpenIncidents", "ProcessKey", "ProcessVersion", "StartedAt", "StartedBy", "Status", "Tokens", "Variables")
                VALUES ($id, $bk, 1, $def, NULL, $seq, 3, 0, $pk, 1, $at, 'bench', 'Active', $tokens, $vars)
                """, "$id", "$bk", "$def", "$seq", "$pk", "$at", "$tokens", "$vars");
            _insBookmark = Cmd("""
                INSERT INTO "wf_bookmarks" ("Id", "CorrelationKey", "Count", "CreatedAt", "DueAt", "ElementId", "InstanceId", "Kind", "MessageName", "TokenId")
                VALUES ($id, $ck, 0, $at, NULL, $el, $inst, $kind, $msg, 2)
                """, "$id", "$ck", "$at", "$el", "$inst", "$kind", "$msg");
            _insTask = Cmd("""
                INSERT INTO "wf_tasks" ("Id", "Assignee", "BusinessKey", "CompletedBy", "ConcurrencyStamp", "CreatedAt", "DueAt", "ElementId", "EndedAt", "FormKey", "InstanceId", "Name", "ProcessKey", "ProcessVersion", "Status", "TokenId")
                VALUES ($id, NULL, $bk, NULL, 0, $at, $due, 'review', NULL, NULL, $inst, 'Review', 'benchUserTask', 1, 'Created', 2)
                """, "$id", "$bk", "$at", "$due", "$inst");
            _insCandidate = Cmd("""
                INSERT INTO "wf_task_candidates" ("Kind", "TaskId", "Value") VALUES ('Group', $task, 'reviewers')
                """, "$task");
            _insJournal = Cmd("""
                INSERT INTO "wf_journal" ("Actor", "At", "Data", "ElementId", "ElementType", "Event", "InstanceId", "Sequence", "TokenId")
                VALUES ($actor, $at, $data, $el, $type, $event, $inst, $seq, $token)
                """, "$actor", "$at", "$data", "$el", "$type", "$event", "$inst", "$seq", "$token");
            _findTask = Cmd("""SELECT "InstanceId", "ConcurrencyStamp" FROM "wf_tasks" WHERE "Id" = $id AND "Status" = 'Created'""", "$id");
            _findSubscription = Cmd("""
                SELECT b."Id", b."InstanceId", i."ConcurrencyStamp" FROM "wf_bookmarks" b JOIN "wf_instances" i ON i."Id" = b."InstanceId"
                WHERE b."Kind" = 'Message' AND b."MessageName" = $msg AND b."CorrelationKey" = $ck
                """, "$msg", "$ck");
            _delBookmark = Cmd("""DELETE FROM "wf_bookmarks" WHERE "Id" = $id RETURNING 1""", "$id");
            _updInstance = Cmd("""
                UPDATE "wf_instances" SET "ConcurrencyStamp" = $stamp + 1, "EndedAt" = $at, "JournalSequence" = $seq, "NextTokenId" = 4, "Status" = 'Completed', "Tokens" = '[]'
                WHERE "Id" = $id AND "ConcurrencyStamp" = $stamp RETURNING 1
                """, "$stamp", "$at", "$seq", "$id");
            _updTask = Cmd("""
                UPDATE "wf_tasks" SET "Assignee" = 'bench', "CompletedBy" = 'bench', "EndedAt" = $at, "Status" = 'Completed'
                WHERE "Id" = $id AND "ConcurrencyStamp" = 0 RETURNING 1
                """, "$at", "$id");
        }

        private static long Now => DateTimeOffset.UtcNow.UtcTicks;

        /// <summary>Workflow A, step 1: instance, user-task bookmark, task, candidate, 5 journal rows.</summary>
        public Guid StartUserTask(string businessKey)
        {
            var id = Guid.CreateVersion7();
            var task = Guid.CreateVersion7();
            var s = id.ToString().ToUpperInvariant();
            var t = task.ToString().ToUpperInvariant();
            var at = Now;
            using var tx = _c.BeginTransaction();
            Bind(tx, _insInstance, s, businessKey, "benchUserTask:1", 5, "benchUserTask", at,
                """[{"id":2,"elementId":"review","parentId":null,"state":"Waiting","loopCounter":null}]""", $$"""{"n":"{{businessKey}}"}""");
            _insInstance.ExecuteNonQuery();
            Bind(tx, _insBookmark, t, DBNull.Value, at, "review", s, "UserTask", DBNull.Value);
            _insBookmark.ExecuteNonQuery();
            Bind(tx, _insTask, t, businessKey, at, at + TimeSpan.TicksPerDay * 2, s);
            _insTask.ExecuteNonQuery();
            Bind(tx, _insCandidate, t);
            _insCandidate.ExecuteNonQuery();
            Journal(tx, s, at, 1, "benchUserTask", "process", "Activated", null, "bench");
            Journal(tx, s, at, 2, "start", "startEvent", "Activated", 1, "bench");
            Journal(tx, s, at, 3, "start", "startEvent", "Completed", 1, "bench");
            Journal(tx, s, at, 4, "toReview", "sequenceFlow", "SequenceFlowTaken", 1, "bench");
            Journal(tx, s, at, 5, "review", "userTask", "Activated", 2, "bench");
            tx.Commit();
            return task;
        }

        /// <summary>Workflow A, step 2: task completed, bookmark deleted, instance completed, 5 journal rows.</summary>
        public void CompleteTask(Guid taskId)
        {
            var t = taskId.ToString().ToUpperInvariant();
            var at = Now;
            using var tx = _c.BeginTransaction();
            Bind(tx, _findTask, t);
            string s;
            using (var reader = _findTask.ExecuteReader())
            {
                if (!reader.Read())
                {
                    throw new InvalidOperationException($"task {t} is not open");
                }

                s = reader.GetString(0);
            }

            Bind(tx, _delBookmark, t);
            Once(_delBookmark);
            Bind(tx, _updInstance, 1L, at, 10, s);
            Once(_updInstance);
            Journal(tx, s, at, 6, "review", "userTask", "Completed", 2, "bench");
            Journal(tx, s, at, 7, "toEnd", "sequenceFlow", "SequenceFlowTaken", 2, "bench");
            Journal(tx, s, at, 8, "end", "endEvent", "Activated", 3, "bench");
            Journal(tx, s, at, 9, "end", "endEvent", "Completed", 3, "bench");
            Journal(tx, s, at, 10, "benchUserTask", "process", "Completed", null, "bench");
            Bind(tx, _updTask, at, t);
            Once(_updTask);
            tx.Commit();
        }

        /// <summary>Workflow B, step 1: instance, message bookmark, 5 journal rows.</summary>
        public Guid StartMessage(string businessKey)
        {
            var id = Guid.CreateVersion7();
            var s = id.ToString().ToUpperInvariant();
            var at = Now;
            using var tx = _c.BeginTransaction();
            Bind(tx, _insBookmark, Guid.CreateVersion7().ToString().ToUpperInvariant(), businessKey, at, "agreementSigned", s, "Message", "agreementSigned");
            _insBookmark.ExecuteNonQuery();
            Bind(tx, _insInstance, s, businessKey, "benchMessage:1", 5, "benchMessage", at,
                """[{"id":2,"elementId":"agreementSigned","parentId":null,"state":"Waiting","loopCounter":null}]""", $$"""{"n":"{{businessKey}}"}""");
            _insInstance.ExecuteNonQuery();
            Journal(tx, s, at, 1, "benchMessage", "process", "Activated", null, "bench");
            Journal(tx, s, at, 2, "start", "startEvent", "Activated", 1, "bench");
            Journal(tx, s, at, 3, "start", "startEvent", "Completed", 1, "bench");
            Journal(tx, s, at, 4, "toWait", "sequenceFlow", "SequenceFlowTaken", 1, "bench");
            Journal(tx, s, at, 5, "agreementSigned", "intermediateCatchEvent", "Activated", 2, "bench");
            tx.Commit();
            return id;
        }

        /// <summary>Workflow B, step 2: find the subscription, delete it, complete the instance, 6 journal rows.</summary>
        public void Correlate(string businessKey)
        {
            var at = Now;
            using var tx = _c.BeginTransaction();
            Bind(tx, _findSubscription, "agreementSigned", businessKey);
            string bookmark, s;
            long stamp;
            using (var reader = _findSubscription.ExecuteReader())
            {
                if (!reader.Read())
                {
                    throw new InvalidOperationException($"no subscription for {businessKey}");
                }

                bookmark = reader.GetString(0);
                s = reader.GetString(1);
                stamp = reader.GetInt64(2);
            }

            Bind(tx, _delBookmark, bookmark);
            Once(_delBookmark);
            Bind(tx, _updInstance, stamp, at, 11, s);
            Once(_updInstance);
            Journal(tx, s, at, 6, "agreementSigned", "intermediateCatchEvent", "MessageCorrelated", 2, "system",
                $$"""{"message":"agreementSigned","correlationKey":"{{businessKey}}"}""");
            Journal(tx, s, at, 7, "agreementSigned", "intermediateCatchEvent", "Completed", 2, "system");
            Journal(tx, s, at, 8, "toEnd", "sequenceFlow", "SequenceFlowTaken", 2, "system");
            Journal(tx, s, at, 9, "end", "endEvent", "Activated", 3, "system");
            Journal(tx, s, at, 10, "end", "endEvent", "Completed", 3, "system");
            Journal(tx, s, at, 11, "benchMessage", "process", "Completed", null, "system");
            tx.Commit();
        }

        private void Journal(SqliteTransaction tx, string instance, long at, int seq, string element, string type, string @event, int? token, string actor, string? data = null)
        {
            Bind(tx, _insJournal, actor, at, (object?)data ?? DBNull.Value, element, type, @event, instance, seq, token is null ? DBNull.Value : token.Value);
            _insJournal.ExecuteNonQuery();
        }

        private static void Once(SqliteCommand command)
        {
            if (command.ExecuteScalar() is null)
            {
                throw new InvalidOperationException("expected one row to change (concurrency check)");
            }
        }

        private static void Bind(SqliteTransaction tx, SqliteCommand command, params object[] values)
        {
            command.Transaction = tx;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }
        }

        private SqliteCommand Cmd(string sql, params string[] names)
        {
            var command = _c.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            return command;
        }

        private void Exec(string sql)
        {
            using var command = _c.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        public void Dispose() => _c.Dispose();
    }
}
