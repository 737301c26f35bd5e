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
        var (properties, getters) = (edits.Properties, edits.Getters);
        var keyIndex = Array.IndexOf(properties, type.FindPrimaryKey()!.Properties[0]);
        var version = type.FindProperty("Version") is { IsConcurrencyToken: true } v && v.ClrType == typeof(int) ? v : null;
        var rows = new List<ChangedRow>();
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
            rows.Add(new ChangedRow(entity, before, changed));
        }
        if (rows.Count == 0) return [];

        // One value per row for each slot: the key, each changed column's new value, each concurrency token's watched value.
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        Slot SlotOf(int i, Func<ChangedRow, object?> valueOf) =>
            new(properties[i], sql.DelimitIdentifier(properties[i].GetColumnName(table)!),
                properties[i].FindRelationalTypeMapping(table) ?? properties[i].GetRelationalTypeMapping(), valueOf);
        var key = SlotOf(keyIndex, r => getters[keyIndex].GetClrValue(r.Entity));
        var sets = rows.SelectMany(r => r.Changed).Distinct().Order().Select(c => SlotOf(c, r => getters[c].GetClrValue(r.Entity))).ToList();
        var checks = Enumerable.Range(0, properties.Length).Where(i => properties[i].IsConcurrencyToken).Select(t => SlotOf(t, r => r.Before[t])).ToList();
        var tableName = sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Untracked edits are saved only inside a transaction.");
        int written;
        try
        {
            written = connection is NpgsqlConnection npgsql
                ? await UpdateFromArraysAsync(npgsql, transaction, tableName, key, sets, checks, rows, cancellationToken)
                : await UpdatePreparedAsync(connection, transaction, tableName, key, sets, checks, rows, cancellationToken);
        }
        catch (DbException e)
        {
            throw new DbUpdateException("批量更新失败：" + e.Message, e);
        }
        if (written != rows.Count)
            throw new DbUpdateConcurrencyException($"{rows.Count - written} of {rows.Count} {type.DisplayName()} rows changed meanwhile; nothing was saved.");

        return rows.Select(r => (r.Entity, r.Changed
            .Select(i => new AuditChange(properties[i].Name, AuditRecorder.Format(properties[i], r.Before[i]), AuditRecorder.Format(properties[i], getters[i].GetClrValue(r.Entity))))
            .ToList())).ToList();
    }

    /// <summary>PostgreSQL: every slot an array parameter, unnested side by side and joined to the table by key and tokens.</summary>
    private static async Task<int> UpdateFromArraysAsync(
        NpgsqlConnection connection, DbTransaction transaction, string tableName, Slot key, List<Slot> sets, List<Slot> checks,
        List<ChangedRow> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction)transaction;
        List<Slot> slots = [key, .. sets, .. checks];
        foreach (var slot in slots)
        {
            var elementType = ((NpgsqlParameter)slot.Mapping.CreateParameter(command, "probe", null, nullable: true)).NpgsqlDbType;
            var clr = slot.Mapping.Converter?.ProviderClrType ?? slot.Property.ClrType;
            clr = Nullable.GetUnderlyingType(clr) ?? clr;
            var array = Array.CreateInstance(clr.IsValueType ? typeof(Nullable<>).MakeGenericType(clr) : clr, rows.Count);
            for (var i = 0; i < rows.Count; i++) array.SetValue(slot.ProviderValue(rows[i]), i);
            command.Parameters.Add(new NpgsqlParameter(Name(command.Parameters.Count), NpgsqlDbType.Array | elementType) { Value = array });
        }

        // Slot i is the array @pi, unnested as the column s.pi.
        string Value(Slot slot) => "s.p" + IndexOf(slots, slot).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder("UPDATE ").Append(tableName).Append(" AS t SET ")
            .AppendJoin(", ", sets.Select(c => $"{c.Column} = {Value(c)}"))
            .Append(" FROM unnest(").AppendJoin(", ", slots.Select((_, i) => Name(i)))
            .Append(") AS s(").AppendJoin(", ", slots.Select((_, i) => "p" + i.ToString(CultureInfo.InvariantCulture)))
            .Append(") WHERE ").AppendJoin(" AND ", new[] { key }.Concat(checks).Select(c => $"t.{c.Column} = {Value(c)}"));
#pragma warning disable CA2100 // Identifiers come from the EF model, values are parameters.
        command.CommandText = text.ToString();
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>SQLite: one prepared <c>UPDATE</c> by key and tokens, executed per row.</summary>
    private static async Task<int> UpdatePreparedAsync(
        DbConnection connection, DbTransaction transaction, string tableName, Slot key, List<Slot> sets, List<Slot> checks,
        List<ChangedRow> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        List<Slot> slots = [.. sets, key, .. checks];
        var parameters = slots.Select((slot, i) =>
        {
            var parameter = slot.Mapping.CreateParameter(command, Name(i), null, slot.Property.IsNullable);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        string Value(Slot slot) => Name(IndexOf(slots, slot));
        var text = new StringBuilder("UPDATE ").Append(tableName).Append(" SET ")
            .AppendJoin(", ", sets.Select(c => $"{c.Column} = {Value(c)}"))
            .Append(" WHERE ").AppendJoin(" AND ", new[] { key }.Concat(checks).Select(c => $"{c.Column} = {Value(c)}"));
#pragma warning disable CA2100 // Identifiers come from the EF model, values are parameters.
        command.CommandText = text.ToString();
#pragma warning restore CA2100

        var written = 0;
        var prepared = false;
        foreach (var row in rows)
        {
            for (var i = 0; i < slots.Count; i++) parameters[i].Value = slots[i].ProviderValue(row) ?? DBNull.Value;
            if (!prepared)
            {
                await command.PrepareAsync(cancellationToken);
                prepared = true;
            }
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return written;
    }

    private static string Name(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

    // By reference: a token's slot and its new value's slot share property, column and mapping.
    private static int IndexOf(List<Slot> slots, Slot slot) => slots.FindIndex(s => ReferenceEquals(s, slot));

    /// <summary>A changed row: the entity, its values when watched, the indexes of the properties that changed since.</summary>
    private sealed record ChangedRow(object Entity, object?[] Before, List<int> Changed);

    /// <summary>A value sent for every row: a property, its column, its type mapping, and which of the row's values it takes.</summary>
    private sealed record Slot(IProperty Property, string Column, RelationalTypeMapping Mapping, Func<ChangedRow, object?> ValueOf)
    {
        /// <summary>The row's value as the provider stores it (through EF's converter: enums, value objects).</summary>
        public object? ProviderValue(ChangedRow row) => ValueOf(row) is { } value ? Mapping.Converter?.ConvertToProvider(value) ?? value : null;
    }
}
