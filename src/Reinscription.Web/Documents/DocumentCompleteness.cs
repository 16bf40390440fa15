using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Sql;

namespace Reinscription.Web.Documents;

/// <summary>
/// Where the documents of every student of a site stand, as queries that lists of thousands of requests
/// compose with (<see cref="DocumentCompletenessSql"/>): a student's file is complete when nothing is missing
/// and nothing waits for staff. Each query may appear once in a LINQ query (its parameters are its own).
/// </summary>
public static class DocumentCompleteness
{
    /// <summary>Each requirement that applies to a student of the site (its family's lines included), and where it stands.</summary>
    public static IQueryable<OwedDocument> OwedDocuments(this ReinscriptionDbContext db, int siteId, int schoolYearId, DateTimeOffset now) =>
        db.Database.SqlQueryRaw<OwedDocument>(DocumentCompletenessSql.Lines, Parameters(siteId, schoolYearId, now));

    /// <summary>For each student of the site: whether a mandatory document is missing, and whether anything keeps the file open.</summary>
    public static IQueryable<StudentDocuments> StudentDocuments(this ReinscriptionDbContext db, int siteId, int schoolYearId, DateTimeOffset now) =>
        db.Database.SqlQueryRaw<StudentDocuments>(DocumentCompletenessSql.Students, Parameters(siteId, schoolYearId, now));

    private static object[] Parameters(int siteId, int schoolYearId, DateTimeOffset now) =>
    [
        new NpgsqlParameter("owed_site", siteId),
        new NpgsqlParameter("owed_year", schoolYearId),
        new NpgsqlParameter("owed_now", now),
        new NpgsqlParameter("owed_today", ParisTime.Today(now)),
        new NpgsqlParameter("owed_adult_age", Student.AdultAge),
        new NpgsqlParameter("owed_caf_age", TariffFacts.CafRuleAge),
        new NpgsqlParameter("owed_caf_children", TariffFacts.CafRuleChildren),
    ];
}

/// <summary>A requirement that applies to a student (or to its family), and where its latest file stands.</summary>
public sealed class OwedDocument
{
    public int StudentId { get; init; }

    public int FamilyId { get; init; }

    public int RequirementId { get; init; }

    public bool IsFamilyLine { get; init; }

    public bool IsMandatory { get; init; }

    /// <summary>The state of the latest file given for this very line, by name; null when none was.</summary>
    public string? LatestState { get; init; }

    public string? RefusalReason { get; init; }

    /// <summary>No file for this line, but a document validated for the same kind in an earlier year still holds.</summary>
    public bool CarriedOver { get; init; }

    /// <summary>Mandatory, and still to provide or refused: what "pièces manquantes" counts.</summary>
    public bool IsMissing { get; init; }

    /// <summary>Mandatory and not validated, or a file waiting for staff to look at it.</summary>
    public bool IsUnsettled { get; init; }
}

/// <summary>A student's documents in one line: <see cref="HasUnsettled"/> false means the file is complete and validated.</summary>
public sealed class StudentDocuments
{
    public int StudentId { get; init; }

    public bool HasMissing { get; init; }

    public bool HasUnsettled { get; init; }
}
