using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

/// <summary>The changes of a documents list that PostgreSQL decides in one statement each.</summary>
public static class ListChanges
{
    /// <summary>
    /// Copies a site's list of one year, blank forms included, into another year and returns how many
    /// lines were added. Each copy records the line it came from under a unique index, so copying
    /// again (or twice at once) adds nothing twice.
    /// </summary>
    public static Task<int> CopyListAsync(
        this ReinscriptionDbContext db,
        int siteId,
        int fromYearId,
        int toYearId,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "DocumentRequirements" ("SiteId", "SchoolYearId", "Scope", "Name", "HelpText", "Condition", "ConditionDisciplineId",
                                                "Kind", "AcceptedFormats", "ExpectedPageCount", "ValidityMonths", "TemplateFileName",
                                                "TemplateContent", "SortOrder", "CopiedFromRequirementId")
            SELECT r."SiteId", {toYearId}, r."Scope", r."Name", r."HelpText", r."Condition", r."ConditionDisciplineId",
                   r."Kind", r."AcceptedFormats", r."ExpectedPageCount", r."ValidityMonths", r."TemplateFileName",
                   r."TemplateContent", r."SortOrder", r."Id"
            FROM "DocumentRequirements" r
            WHERE r."SiteId" = {siteId} AND r."SchoolYearId" = {fromYearId}
            ORDER BY r."SortOrder", r."Id"
            ON CONFLICT ("CopiedFromRequirementId") DO NOTHING
            """,
            cancellationToken);

    /// <summary>
    /// Deletes a line no family has given a document for; false when one has (the line stays, with its
    /// documents). A document given between the check and the delete trips the foreign key: false too,
    /// and the caller's transaction is then aborted, for it to roll back.
    /// </summary>
    public static async Task<bool> DeleteUnusedAsync(this ReinscriptionDbContext db, int requirementId, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.ExecuteSqlAsync(
                $"""
                DELETE FROM "DocumentRequirements" r
                WHERE r."Id" = {requirementId}
                  AND NOT EXISTS (SELECT 1 FROM "SubmittedDocuments" d WHERE d."RequirementId" = r."Id")
                """,
                cancellationToken) == 1;
        }
        catch (PostgresException used) when (used.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return false;
        }
    }
}
