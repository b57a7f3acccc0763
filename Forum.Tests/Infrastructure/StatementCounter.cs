using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// Counts the statements a DbContext sends, keeping a copy of each (text and parameters), so a test can hold a page
/// to a budget of round trips or ask PostgreSQL for the plan of exactly what was sent. Added to the app through
/// <see cref="ForumWebFactory.Interceptors"/>, or to a context of a test's own.
/// </summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<DbCommand> _commands = new();

    public IReadOnlyList<string> Statements => _commands.Select(c => c.CommandText).ToList();

    /// <summary>Copies of the commands, not connected to anything: give one a connection to run it again.</summary>
    public IReadOnlyList<DbCommand> Commands => _commands.ToList();

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Counted(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(command, result));

    private T Counted<T>(DbCommand command, T result)
    {
        _commands.Enqueue((DbCommand)((ICloneable)command).Clone());
        return result;
    }
}
