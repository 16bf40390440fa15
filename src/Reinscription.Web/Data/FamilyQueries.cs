using System.Linq.Expressions;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Families;

namespace Reinscription.Web.Data;

/// <summary>Every family page reads through these, so an id of another family simply finds nothing (404).</summary>
public static class FamilyQueries
{
    public static IQueryable<Student> StudentsOf(this ReinscriptionDbContext db, int familyId) => StudentsOfCompiled(db, familyId);

    /// <summary>The rule of <see cref="StudentsOf"/>, for queries compiled once (<see cref="QueryRules"/>).</summary>
    internal static readonly Expression<Func<ReinscriptionDbContext, int, IQueryable<Student>>> StudentsOfRule =
        (db, familyId) => db.Students.Where(s => s.FamilyId == familyId);

    private static readonly Func<ReinscriptionDbContext, int, IQueryable<Student>> StudentsOfCompiled = StudentsOfRule.Compile();

    public static IQueryable<Invoice> InvoicesOf(this ReinscriptionDbContext db, int familyId) =>
        db.Invoices.Where(i => i.FamilyId == familyId);
}
