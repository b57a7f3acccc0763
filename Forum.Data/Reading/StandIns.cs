using System.Linq.Expressions;
using System.Reflection;

namespace Forum.Data.Reading;

/// <summary>
/// A query written once and used inside others. EF can't translate a call to a method, and a compiled query can't
/// call one, so a part shared by several statements is called through a stand-in method that throws, and
/// <see cref="Inline{TDelegate}"/> puts the part's expression in its place, with the call's arguments for its parameters.
/// </summary>
internal static class StandIns
{
    internal static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> query, MethodInfo standIn, LambdaExpression part) =>
        (Expression<TDelegate>)new Inliner(standIn, part).Visit(query);

    internal static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) ?? throw new MissingMethodException(type.Name, name);

    private sealed class Inliner(MethodInfo standIn, LambdaExpression part) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression call)
        {
            if (call.Method != standIn) return base.VisitMethodCall(call);
            var values = part.Parameters.Zip(call.Arguments.Select(Visit)).ToDictionary(pair => pair.First, pair => pair.Second!);
            return new Bound(values).Visit(part.Body);
        }
    }

    private sealed class Bound(Dictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => values.GetValueOrDefault(node, node);
    }
}
