using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FangchengCredit.Data;

/// <summary>
/// A compiled query (<c>EF.CompileAsyncQuery</c>) per EF model. A compiled query is bound to the model it first ran against and
/// refuses any other, and one process can hold more than one model: each provider has its own (the tests run SQLite and PostgreSQL
/// side by side). So the delegate is compiled once per model and kept as long as the model lives.
/// </summary>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile) where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, TDelegate> _byModel = new();
    private readonly ConditionalWeakTable<IModel, TDelegate>.CreateValueCallback _compile = _ => compile();

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public TDelegate For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.GetValue(db.Model, _compile);
    }
}

/// <summary>
/// Compiled queries by a key (a query's shape) and EF model, for queries whose SQL depends on which options a request uses. The keys
/// must come from a finite set: every key holds its compiled query for as long as the model lives.
/// </summary>
public sealed class CompiledQueries<TKey, TDelegate>(Func<TKey, TDelegate> compile) where TKey : notnull where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, System.Collections.Concurrent.ConcurrentDictionary<TKey, TDelegate>> _byModel = new();

    /// <summary>The query of <paramref name="key"/> compiled for <paramref name="db"/>'s model.</summary>
    public TDelegate For(DbContext db, TKey key)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.GetOrCreateValue(db.Model).GetOrAdd(key, compile);
    }
}
