using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace FangchengCredit.Web.Features.Baselines;

/// <summary>
/// The write half of the first grading's raw baseline (decision 0019): every stored grade and history line written again with
/// plain ADO.NET into the emptied tables — PostgreSQL's binary <c>COPY</c>, SQLite's one prepared <c>INSERT</c> — inside a
/// transaction that is rolled back, so the tables are left exactly as the portal wrote them. Only the writing is timed: the rows
/// are first set aside in a temporary table and the tables emptied (<c>TRUNCATE</c>, transactional on PostgreSQL; SQLite's
/// <c>DELETE</c> without a condition), so they go into empty tables and indexes with their foreign keys checked, as in a first
/// grading; then they are read back from the side table in chunks (not timed) and written (timed). In chunks so that the server's
/// peak memory, which the benchmark reports, stays the portal's: 200,000 rows held at once took the server from ≈ 300 to 740 MB,
/// chunks of 10,000 to 450–470 MB (the rows outlived the young generation), chunks of 1,000 leave it at ≈ 300 MB. Other requests
/// that read grades wait for the rollback (a few seconds at 100,000 enterprises): a measurement endpoint, never mapped in Production.
/// </summary>
public static class RawGradeWrite
{
    /// <summary>The tables a first grading fills — one grade and one history line per enterprise — with their keys.</summary>
    public static readonly (string Table, string Key)[] Tables = [("CurrentCreditGrades", "EnterpriseId"), ("CreditEvaluations", "Id")];

    private const int ChunkRows = 1_000;

    public static async Task<(double Ms, long Rows)> RewriteAsync(BaselineDatabase baseline, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        await using var connection = await baseline.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var postgres = connection is NpgsqlConnection;

        foreach (var (table, key) in Tables)
        {
            await ExecuteAsync(connection, transaction, $"CREATE TEMPORARY TABLE \"Raw{table}\" AS SELECT * FROM \"{table}\"", ct);
            await ExecuteAsync(connection, transaction, $"CREATE INDEX \"IX_Raw{table}\" ON \"Raw{table}\" (\"{key}\")", ct);
            await ExecuteAsync(connection, transaction, postgres ? $"TRUNCATE \"{table}\"" : $"DELETE FROM \"{table}\"", ct);
        }

        var write = new Stopwatch();
        long rows = 0;
        foreach (var (table, key) in Tables)
        {
            long? after = null;
            while (await ReadChunkAsync(connection, transaction, table, key, after, ct) is { Rows.Count: > 0 } chunk)
            {
                write.Start();
                rows += connection is NpgsqlConnection npgsql
                    ? await CopyAsync(npgsql, chunk, ct)
                    : await InsertAsync(connection, transaction, chunk, ct);
                write.Stop();
                after = chunk.LastKey;
            }
        }

        await transaction.RollbackAsync(ct);
        return (write.Elapsed.TotalMilliseconds, rows);
    }

    private sealed record Chunk(string Table, string[] Columns, NpgsqlDbType[] Types, List<object[]> Rows, long LastKey);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // the portal's own table and column names
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<Chunk> ReadChunkAsync(DbConnection connection, DbTransaction transaction, string table, string key, long? after, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // the portal's own table and column names; the key is a parameter
        command.CommandText = $"SELECT * FROM \"Raw{table}\" WHERE \"{key}\" > @after ORDER BY \"{key}\" LIMIT {ChunkRows}";
#pragma warning restore CA2100
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@after";
        parameter.Value = after ?? long.MinValue;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var keyOrdinal = reader.GetOrdinal(key);
        // PostgreSQL's COPY takes each value with its column's type (a date read back as DateTime is written as a date).
        var types = reader is NpgsqlDataReader npgsql
            ? npgsql.GetColumnSchema().Select(c => c.NpgsqlDbType ?? NpgsqlDbType.Unknown).ToArray()
            : [];
        var rows = new List<object[]>();
        long last = 0;
        while (await reader.ReadAsync(ct))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
            last = reader.GetInt64(keyOrdinal);
        }
        return new Chunk(table, columns, types, rows, last);
    }

    private static string ColumnList(Chunk chunk) => string.Join(", ", chunk.Columns.Select(c => $"\"{c}\""));

    private static async Task<long> CopyAsync(NpgsqlConnection connection, Chunk chunk, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{chunk.Table}\" ({ColumnList(chunk)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in chunk.Rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is DBNull) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(row[i], chunk.Types[i], ct);
            }
        }
        return (long)await importer.CompleteAsync(ct);
    }

    private static async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, Chunk chunk, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = chunk.Columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
#pragma warning disable CA2100 // table and column names are the database's own; the values are parameters
        command.CommandText = $"INSERT INTO \"{chunk.Table}\" ({ColumnList(chunk)}) VALUES ({string.Join(", ", names)})";
#pragma warning restore CA2100
        var parameters = names.Select(n =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = n;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        long count = 0;
        foreach (var row in chunk.Rows)
        {
            for (var i = 0; i < row.Length; i++) parameters[i].Value = row[i];
            count += await command.ExecuteNonQueryAsync(ct);
        }
        return count;
    }
}
