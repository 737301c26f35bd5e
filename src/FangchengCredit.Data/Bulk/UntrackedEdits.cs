using System.Data.Common;
using System.Globalization;
using System.Text;
using FangchengCredit.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace FangchengCredit.Data.Bulk;

/// <summary>
/// Changes made through domain methods to entities read without tracking, saved as one statement per table
/// (<see cref="AppDbContext.SaveUntrackedEditsAsync"/>): the daily job's grades and expiries, a few thousand rows a day spread over
/// every batch, cost more in EF's change tracking and one <c>UPDATE</c> per row than in the database (docs/benchmarks.md, round 7).
/// <see cref="UntrackedEdits{T}.Watch"/> an entity before changing it; the save writes the properties that changed, checks the concurrency tokens
/// against the values watched (a row changed meanwhile fails the save, as in EF), raises <c>Version</c> as every save does, and
/// audits each changed row as EF's save would.
/// </summary>
public abstract class UntrackedEdits
{
    private protected UntrackedEdits(IEntityType type)
    {
        Type = type;
        Properties = type.GetProperties().ToArray();
        Getters = Properties.Select(p => p.GetGetter()).ToArray();
    }

    internal IEntityType Type { get; }

    /// <summary>The entity type's properties in the model's order (the order an audit entry lists them in).</summary>
    internal IProperty[] Properties { get; }

    internal IClrPropertyGetter[] Getters { get; }

    /// <summary>Each watched entity with its property values when watched.</summary>
    internal List<(object Entity, object?[] Before)> Watched { get; } = [];

    /// <summary>Whether a watched entity has changed since it was watched.</summary>
    public bool HasChanges => Watched.Any(w => Changed(w.Entity, w.Before).Count > 0);

    private protected void Remember(object entity) => Watched.Add((entity, Getters.Select(g => g.GetClrValue(entity)).ToArray()));

    /// <summary>The indexes of the properties of <paramref name="entity"/> whose values differ from <paramref name="before"/>.</summary>
    internal List<int> Changed(object entity, object?[] before)
    {
        var changed = new List<int>();
        for (var i = 0; i < Properties.Length; i++)
            if (!Equals(before[i], Getters[i].GetClrValue(entity))) changed.Add(i);
        return changed;
    }
}

/// <summary>Untracked edits of entities of one type (<see cref="AppDbContext.EditUntracked{T}"/>).</summary>
public sealed class UntrackedEdits<T> : UntrackedEdits where T : class
{
    internal UntrackedEdits(IEntityType type)
        : base(type)
    {
    }

    /// <summary>Remembers the entity as it is now; call before changing it.</summary>
    public T Watch(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Remember(entity);
        return entity;
    }
}

/// <summary>Writes the changed rows of one <see cref="UntrackedEdits"/>: PostgreSQL one <c>UPDATE … FROM unnest(…)</c>, SQLite one prepared <c>UPDATE</c>.</summary>
internal static class UntrackedUpdate
{
    /// <summary>
    /// Raises Version on every changed row, writes them, and returns each row's changes for the audit trail. Throws
    /// <see cref="DbUpdateConcurrencyException"/> when a row no longer has the watched key or concurrency tokens.
    /// </summary>
    public static async Task<List<(object Entity, List<AuditChange> Changes)>> WriteAsync(
        DbContext db, UntrackedEdits edits, CancellationToken cancellationToken)
    {
        var type = edits.Type;
        var properties = edits.Properties;
        var key = type.FindPrimaryKey()!.Properties[0];
        var keyIndex = Array.IndexOf(properties, key);
        var version = type.FindProperty("Version") is { IsConcurrencyToken: true } v && v.ClrType == typeof(int) ? v : null;
        var rows = new List<(object Entity, object?[] Before, List<int> Changed)>();
        foreach (var (entity, before) in edits.Watched)
        {
            var changed = edits.Changed(entity, before);
            if (changed.Count == 0) continue;
            if (changed.Contains(keyIndex)) throw new InvalidOperationException($"{type.DisplayName()}'s key cannot change.");
            if (version is not null)
            {
                // As AppDbContext raises it for every tracked update.
                ClrSetters.Of(version)(entity, (int)before[Array.IndexOf(properties, version)]! + 1);
                changed = edits.Changed(entity, before);
            }
            rows.Add((entity, before, changed));
        }
        if (rows.Count == 0) return [];

        var columns = rows.SelectMany(r => r.Changed).Distinct().Order().ToArray();
        var tokens = Enumerable.Range(0, properties.Length).Where(i => properties[i].IsConcurrencyToken).ToArray();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Untracked edits are saved only inside a transaction.");
        int written;
        try
        {
            written = connection is NpgsqlConnection npgsql
                ? await UpdateFromArraysAsync(npgsql, transaction, sql, type, table, properties, edits.Getters, keyIndex, columns, tokens, rows, cancellationToken)
                : await UpdatePreparedAsync(connection, transaction, sql, type, table, properties, edits.Getters, keyIndex, columns, tokens, rows, cancellationToken);
        }
        catch (DbException e)
        {
            throw new DbUpdateException("批量更新失败：" + e.Message, e);
        }
        if (written != rows.Count)
            throw new DbUpdateConcurrencyException($"{rows.Count - written} of {rows.Count} {type.DisplayName()} rows changed meanwhile; nothing was saved.");

        return rows.Select(r => (r.Entity, r.Changed
            .Select(i => new AuditChange(properties[i].Name, AuditRecorder.Format(properties[i], r.Before[i]), AuditRecorder.Format(properties[i], edits.Getters[i].GetClrValue(r.Entity))))
            .ToList())).ToList();
    }

    private static async Task<int> UpdateFromArraysAsync(
        NpgsqlConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, IEntityType type, StoreObjectIdentifier table,
        IProperty[] properties, IClrPropertyGetter[] getters, int keyIndex, int[] columns, int[] tokens,
        List<(object Entity, object?[] Before, List<int> Changed)> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction)transaction;
        var names = new List<string>();
        // The key, the new values, the watched tokens: one array parameter each, unnested side by side.
        void AddArray(IProperty property, Func<(object Entity, object?[] Before, List<int> Changed), object?> valueOf, string alias)
        {
            var mapping = property.FindRelationalTypeMapping(table) ?? property.GetRelationalTypeMapping();
            var elementType = ((NpgsqlParameter)mapping.CreateParameter(command, "probe", null, nullable: true)).NpgsqlDbType;
            var converter = mapping.Converter;
            var values = new object?[rows.Count];
            for (var i = 0; i < rows.Count; i++)
                values[i] = valueOf(rows[i]) is { } value ? converter?.ConvertToProvider(value) ?? value : null;
            var clr = converter?.ProviderClrType ?? property.ClrType;
            clr = Nullable.GetUnderlyingType(clr) ?? clr;
            var array = Array.CreateInstance(clr.IsValueType ? typeof(Nullable<>).MakeGenericType(clr) : clr, rows.Count);
            for (var i = 0; i < rows.Count; i++) array.SetValue(values[i], i);
            var name = "@p" + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | elementType) { Value = array });
            names.Add(alias);
        }

        AddArray(properties[keyIndex], r => getters[keyIndex].GetClrValue(r.Entity), "k");
        foreach (var c in columns) AddArray(properties[c], r => getters[c].GetClrValue(r.Entity), "v" + c.ToString(CultureInfo.InvariantCulture));
        foreach (var t in tokens) AddArray(properties[t], r => r.Before[t], "t" + t.ToString(CultureInfo.InvariantCulture));

        string Column(int i) => sql.DelimitIdentifier(properties[i].GetColumnName(table)!);
        var text = new StringBuilder("UPDATE ").Append(sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema())).Append(" AS t SET ")
            .AppendJoin(", ", columns.Select(c => $"{Column(c)} = s.v{c.ToString(CultureInfo.InvariantCulture)}"))
            .Append(" FROM unnest(").AppendJoin(", ", names.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))
            .Append(") AS s(").AppendJoin(", ", names).Append(") WHERE t.").Append(Column(keyIndex)).Append(" = s.k");
        foreach (var t in tokens) text.Append(" AND t.").Append(Column(t)).Append(" = s.t").Append(t.ToString(CultureInfo.InvariantCulture));
#pragma warning disable CA2100 // Identifiers come from the EF model, values are parameters.
        command.CommandText = text.ToString();
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> UpdatePreparedAsync(
        DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, IEntityType type, StoreObjectIdentifier table,
        IProperty[] properties, IClrPropertyGetter[] getters, int keyIndex, int[] columns, int[] tokens,
        List<(object Entity, object?[] Before, List<int> Changed)> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var slots = new List<(IProperty Property, Func<(object Entity, object?[] Before, List<int> Changed), object?> ValueOf)>();
        string Slot(int index, Func<(object Entity, object?[] Before, List<int> Changed), object?> valueOf)
        {
            slots.Add((properties[index], valueOf));
            return "@p" + (slots.Count - 1).ToString(CultureInfo.InvariantCulture);
        }
        string Column(int i) => sql.DelimitIdentifier(properties[i].GetColumnName(table)!);

        var text = new StringBuilder("UPDATE ").Append(sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema())).Append(" SET ")
            .AppendJoin(", ", columns.Select(c => $"{Column(c)} = {Slot(c, r => getters[c].GetClrValue(r.Entity))}"))
            .Append(" WHERE ").Append(Column(keyIndex)).Append(" = ").Append(Slot(keyIndex, r => getters[keyIndex].GetClrValue(r.Entity)));
        foreach (var t in tokens) text.Append(" AND ").Append(Column(t)).Append(" = ").Append(Slot(t, r => r.Before[t]));
#pragma warning disable CA2100 // Identifiers come from the EF model, values are parameters.
        command.CommandText = text.ToString();
#pragma warning restore CA2100
        var parameters = slots.Select((s, i) =>
        {
            var mapping = s.Property.FindRelationalTypeMapping(table) ?? s.Property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), null, s.Property.IsNullable);
            command.Parameters.Add(parameter);
            return (parameter, mapping.Converter);
        }).ToArray();

        var written = 0;
        var prepared = false;
        foreach (var row in rows)
        {
            for (var i = 0; i < slots.Count; i++)
                parameters[i].parameter.Value = slots[i].ValueOf(row) is { } value ? parameters[i].Converter?.ConvertToProvider(value) ?? value : DBNull.Value;
            if (!prepared)
            {
                await command.PrepareAsync(cancellationToken);
                prepared = true;
            }
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return written;
    }
}
