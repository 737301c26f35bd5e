using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FangchengCredit.Data.Bulk;

/// <summary>
/// Writes new aggregates that EF never tracked (<see cref="AppDbContext.AddUntracked"/>): the roots and every new entity their
/// navigations reach. EF's tracker costs more than the database for tens of thousands of new rows: tracking each one, finding the
/// links in their collections, and propagating every allocated key to its dependents took half of a 10,000-enterprise import
/// (docs/benchmarks.md, round 7). Here keys are allocated as <see cref="BulkInsert"/> allocates them, foreign keys are taken
/// from the navigations (a link's person, the enterprise whose collection holds the link), rows are written table by table with
/// principals first, and <see cref="Inserted"/> lists them for the audit trail, which records them as it records EF's inserts.
/// Runs after EF's own save in the same transaction, so that a new entity EF tracked meanwhile (a new person appointed to an
/// enterprise EF tracks) is written by EF and referenced here with its key.
/// </summary>
internal sealed class UntrackedInsert
{
    private readonly List<(IEntityType Type, List<object> Rows)> _tables;
    private readonly Dictionary<(object Dependent, IForeignKey ForeignKey), object> _owners;
    private readonly List<(object Entity, IProperty Key)> _allocated = [];

    private UntrackedInsert(List<(IEntityType Type, List<object> Rows)> tables, Dictionary<(object, IForeignKey), object> owners)
    {
        _tables = tables;
        _owners = owners;
    }

    /// <summary>Every row written, with its entity type, in the order written.</summary>
    public IEnumerable<(IEntityType Type, object Entity)> Inserted =>
        _tables.SelectMany(t => t.Rows.Select(r => (t.Type, r)));

    /// <summary>
    /// The new entities reachable from <paramref name="roots"/>, by type with principals first. An entity the context tracks is
    /// not new here (EF writes it, or it exists). Call after change detection, so that EF has already claimed what it tracks.
    /// </summary>
    public static UntrackedInsert Plan(DbContext db, IReadOnlyList<object> roots)
    {
        var tracked = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in db.ChangeTracker.Entries()) tracked.Add(entry.Entity);

        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var byType = new Dictionary<IEntityType, List<object>>();
        var owners = new Dictionary<(object, IForeignKey), object>(ByReference.Instance);
        // The model is asked once per CLR type, not once per row: a 10,000-enterprise import reaches 50,000 entities.
        var types = new Dictionary<Type, (IEntityType, INavigation[])>();
        var queue = new Queue<object>(roots);
        while (queue.TryDequeue(out var entity))
        {
            if (tracked.Contains(entity) || !seen.Add(entity)) continue;
            if (!types.TryGetValue(entity.GetType(), out var known)) types[entity.GetType()] = known = Describe(db, entity.GetType());
            var (type, navigations) = known;
            if (!byType.TryGetValue(type, out var rows)) byType[type] = rows = [];
            rows.Add(entity);

            foreach (var navigation in navigations)
            {
                if (navigation.GetGetter().GetClrValue(entity) is not { } value) continue;
                if (navigation.IsOnDependent)
                {
                    // A principal (a link's person): new, or tracked and keyed by the time this writes.
                    queue.Enqueue(value);
                }
                else
                {
                    // Dependents (an enterprise's links): their foreign key is this entity's key.
                    foreach (var dependent in navigation.IsCollection ? (IEnumerable)value : new[] { value })
                    {
                        owners[(dependent, navigation.ForeignKey)] = entity;
                        queue.Enqueue(dependent);
                    }
                }
            }
        }

        var ordered = new List<(IEntityType, List<object>)>();
        var placed = new HashSet<IEntityType>();
        while (placed.Count < byType.Count)
        {
            var next = byType.Keys.Where(t => !placed.Contains(t)
                && t.GetForeignKeys().All(fk => !byType.ContainsKey(fk.PrincipalEntityType) || placed.Contains(fk.PrincipalEntityType)))
                .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (next.Count == 0)
                throw new InvalidOperationException("New entities that reference each other in a cycle cannot be inserted untracked.");
            foreach (var type in next)
            {
                placed.Add(type);
                ordered.Add((type, byType[type]));
            }
        }
        return new UntrackedInsert(ordered, owners);
    }

    private static (IEntityType, INavigation[]) Describe(DbContext db, Type clrType)
    {
        var type = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped.");
        if (!IsWritable(type))
            throw new InvalidOperationException($"{type.DisplayName()} cannot be inserted untracked: add it to the context instead.");
        return (type, type.GetNavigations().ToArray());
    }

    /// <summary>What this path can write: what <see cref="BulkInsert"/> writes, with every value in a CLR property or field.</summary>
    private static bool IsWritable(IEntityType type) =>
        BulkInsert.IsSimple(type)
        && !type.GetSkipNavigations().Any()
        && type.GetProperties().All(p => !p.IsShadowProperty() && (p.FieldInfo is not null || p.PropertyInfo?.SetMethod is not null))
        && type.GetForeignKeys().All(fk => fk.Properties.Count == 1);

    /// <summary>Sets foreign keys and new keys table by table, then writes the rows. Call inside the save's transaction, after EF's save.</summary>
    public async Task<int> WriteAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The untracked insert path runs only inside the save's transaction.");
        var written = 0;
        foreach (var (type, rows) in _tables)
        {
            foreach (var foreignKey in type.GetForeignKeys())
            {
                var property = foreignKey.Properties[0];
                var principalKey = foreignKey.PrincipalKey.Properties[0].GetGetter();
                var toPrincipal = foreignKey.DependentToPrincipal?.GetGetter();
                foreach (var row in rows)
                {
                    var principal = toPrincipal?.GetClrValue(row) ?? _owners.GetValueOrDefault((row, foreignKey));
                    // No navigation to follow: the value the domain set (a reference table's code) stands.
                    if (principal is null) continue;
                    var value = principalKey.GetClrValue(principal);
                    if (BulkInsert.IsDefault(value))
                        throw new InvalidOperationException($"{type.DisplayName()}.{property.Name} points at a row that has no key yet.");
                    ClrSetters.Of(property)(row, value);
                }
            }

            var key = type.FindPrimaryKey()!.Properties[0];
            if (BulkInsert.IsIntegerKey(key))
            {
                var getKey = key.GetGetter();
                var keyless = rows.Where(r => BulkInsert.IsDefault(getKey.GetClrValue(r))).ToList();
                var keys = await BulkInsert.AllocateKeysAsync(connection, transaction, db, type, key, keyless.Count, cancellationToken);
                var setKey = ClrSetters.Of(key);
                for (var i = 0; i < keyless.Count; i++)
                {
                    setKey(keyless[i], key.ClrType == typeof(int) ? (object)checked((int)keys[i]) : keys[i]);
                    _allocated.Add((keyless[i], key));
                }
            }

            var columns = BulkInsert.Columns(type, includeGeneratedKey: true);
            var getters = columns.Select(c => c.Property.GetGetter()).ToArray();
            try
            {
                written += await BulkInsert.InsertAsync(connection, transaction, db, type, columns,
                    rows.Select(row => getters.Select(g => g.GetClrValue(row)).ToArray()), cancellationToken);
            }
            catch (DbException e)
            {
                // As EF reports a refused save (a code registered meanwhile): callers catch DbUpdateException.
                throw new DbUpdateException("批量写入失败：" + e.Message, e);
            }
        }
        return written;
    }

    /// <summary>After a failed save: the keys this path gave are taken back, so that saving again allocates afresh.</summary>
    public void Restore()
    {
        foreach (var (entity, key) in _allocated) ClrSetters.Of(key)(entity, key.ClrType == typeof(int) ? (object)0 : 0L);
        _allocated.Clear();
    }
}

/// <summary>Entities compared by reference, as EF's tracker tells them apart, whatever their own Equals says.</summary>
internal sealed class ByReference : IEqualityComparer<(object Entity, IForeignKey ForeignKey)>
{
    public static readonly ByReference Instance = new();

    public bool Equals((object Entity, IForeignKey ForeignKey) x, (object Entity, IForeignKey ForeignKey) y) =>
        ReferenceEquals(x.Entity, y.Entity) && ReferenceEquals(x.ForeignKey, y.ForeignKey);

    public int GetHashCode((object Entity, IForeignKey ForeignKey) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Entity), obj.ForeignKey);
}

/// <summary>Writes a mapped property of an entity EF does not track.</summary>
internal static class ClrSetters
{
    private static readonly ConcurrentDictionary<IProperty, Action<object, object?>> Setters = new();

    // Compiled once per property: the domain's keys and foreign keys have private setters, which EF itself writes through their fields.
    public static Action<object, object?> Of(IProperty property) => Setters.GetOrAdd(property, static p =>
    {
        var instance = Expression.Parameter(typeof(object), "entity");
        var value = Expression.Parameter(typeof(object), "value");
        var target = Expression.Convert(instance, p.DeclaringType.ClrType);
        Expression member = p.FieldInfo is { } field ? Expression.Field(target, field) : Expression.Property(target, p.PropertyInfo!);
        return Expression.Lambda<Action<object, object?>>(Expression.Assign(member, Expression.Convert(value, p.ClrType)), instance, value).Compile();
    });
}
