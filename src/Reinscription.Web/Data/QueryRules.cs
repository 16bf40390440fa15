using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace Reinscription.Web.Data;

/// <summary>
/// Lets a query compiled once (<c>EF.CompileAsyncQuery</c>) go through the shared query helpers. EF Core cannot
/// translate a call to a helper whose arguments are the compiled query's own parameters, so before compilation
/// each such call is replaced by the helper's rule, the expression its method runs too: the rule stays in one place.
/// </summary>
public static class QueryRules
{
    private static readonly Dictionary<MethodInfo, LambdaExpression> Rules = new()
    {
        [MethodOf(() => FamilyQueries.StudentsOf(null!, 0))] = FamilyQueries.StudentsOfRule,
        [MethodOf(() => CampaignQueries.NextYearCampaigns(null!))] = CampaignQueries.NextYearCampaignsRule,
        [MethodOf(() => CampaignQueries.NextYearCampaigns(null!, default))] = CampaignQueries.ShownNextYearCampaignsRule,
    };

    /// <summary>The query with every call to a helper of <see cref="Rules"/> replaced by the helper's rule, its parameters by the call's arguments.</summary>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new Inliner().Visit(query);

    private static MethodInfo MethodOf(Expression<Func<object>> call) => ((MethodCallExpression)call.Body).Method;

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!Rules.TryGetValue(node.Method, out var rule))
            {
                return base.VisitMethodCall(node);
            }

            var arguments = node.Arguments.Select(Visit).ToArray();
            var body = new ReplacingExpressionVisitor(rule.Parameters, arguments!).Visit(rule.Body);
            return Visit(body);
        }
    }
}
