using System.Data.Common;
using System.Text;

namespace FangchengCredit.Benchmarks.Generation;

/// <summary>
/// Multi-row INSERT … VALUES (…), (…) through plain ADO.NET, with the parameters of a whole batch reused from one
/// prepared command. Identifiers are double-quoted, which SQLite, PostgreSQL and SQL Server (QUOTED_IDENTIFIER ON) all accept.
/// </summary>
internal sealed class BatchInserter : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly int _rowsPerBatch;
    private readonly object?[] _buffer;
    private DbCommand? _full;
    private int _rows;

    public BatchInserter(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
        // SQL Server allows 2,100 parameters per command; stay below it everywhere.
        _rowsPerBatch = Math.Max(1, Math.Min(200, 2000 / columns.Length));
        _buffer = new object?[_rowsPerBatch * columns.Length];
    }

    public long Inserted { get; private set; }

    public async Task AddAsync(params object?[] values)
    {
        Array.Copy(values, 0, _buffer, _rows * _columns.Length, _columns.Length);
        if (++_rows == _rowsPerBatch) await FlushAsync();
    }

    public async Task FlushAsync()
    {
        if (_rows == 0) return;
        DbCommand command;
        if (_rows == _rowsPerBatch)
        {
            _full ??= Build(_rowsPerBatch);
            command = _full;
        }
        else
        {
            command = Build(_rows);
        }
        for (var i = 0; i < _rows * _columns.Length; i++) command.Parameters[i].Value = _buffer[i] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync();
        if (!ReferenceEquals(command, _full)) await command.DisposeAsync();
        Inserted += _rows;
        _rows = 0;
    }

    private DbCommand Build(int rows)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var sql = new StringBuilder()
            .Append("INSERT INTO \"").Append(_table).Append("\" (")
            .AppendJoin(", ", _columns.Select(c => $"\"{c}\""))
            .Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            if (r > 0) sql.Append(", ");
            sql.Append('(');
            for (var c = 0; c < _columns.Length; c++)
            {
                if (c > 0) sql.Append(", ");
                var name = $"@p{(r * _columns.Length) + c}";
                sql.Append(name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync();
        if (_full is not null) await _full.DisposeAsync();
    }
}
