using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Forum.Data.Reading;

/// <summary>
/// An EF compiled query, compiled once for each model it meets. EF refuses to run a compiled query against a model
/// other than the one it was compiled for, and there can be several: one per data source (the primary and a
/// standby), one per test host.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = new();

    /// <remarks>Looked up first, so a page's run allocates nothing here.</remarks>
    public TQuery For(DbContext db) =>
        compiled.TryGetValue(db.Model, out var query) ? query : compiled.GetValue(db.Model, _ => compile());
}
