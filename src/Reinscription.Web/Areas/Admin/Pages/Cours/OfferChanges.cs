using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

/// <summary>The two changes of the offer that PostgreSQL decides in one statement each.</summary>
public static class OfferChanges
{
    /// <summary>
    /// Copies a site's slots of one year into the next, seats empty, and returns how many were added.
    /// Each copy records the slot it came from under a unique index, so a second run (or two staff
    /// members at once) adds nothing twice; a slot added to this year since the last run is copied
    /// on the next. The caller's transaction makes it all or nothing.
    /// </summary>
    public static Task<int> CopyToNextYearAsync(
        this ReinscriptionDbContext db,
        int siteId,
        int fromYearId,
        int toYearId,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Courses" ("SiteId", "SchoolYearId", "DisciplineId", "CycleId", "Name", "Day", "StartsAt", "EndsAt",
                                   "Teacher", "Room", "IsCham", "Capacity", "SeatsTaken", "ChoiceMode", "CopiedFromCourseId")
            SELECT c."SiteId", {toYearId}, c."DisciplineId", c."CycleId", c."Name", c."Day", c."StartsAt", c."EndsAt",
                   c."Teacher", c."Room", c."IsCham", c."Capacity", 0, c."ChoiceMode", c."Id"
            FROM "Courses" c
            WHERE c."SiteId" = {siteId} AND c."SchoolYearId" = {fromYearId}
            ORDER BY c."Id"
            ON CONFLICT ("CopiedFromCourseId") DO NOTHING
            """,
            cancellationToken);

    /// <summary>
    /// Deletes a slot that holds no seat, no enrolment and no family's pending choice; false when it
    /// holds one. The condition is the DELETE's own WHERE: a seat taken meanwhile makes PostgreSQL
    /// re-read the row and leave it.
    /// </summary>
    public static async Task<bool> DeleteEmptySlotAsync(this ReinscriptionDbContext db, int courseId, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.ExecuteSqlAsync(
                $"""
                DELETE FROM "Courses" c
                WHERE c."Id" = {courseId} AND c."SeatsTaken" = 0
                  AND NOT EXISTS (SELECT 1 FROM "Enrollments" e WHERE e."CourseId" = c."Id")
                  AND NOT EXISTS (SELECT 1 FROM "CourseChoices" h WHERE h."ChosenCourseId" = c."Id")
                """,
                cancellationToken) == 1;
        }
        catch (PostgresException inUse) when (inUse.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A family chose the slot between the check and the delete: the foreign key said no, and
            // the caller's transaction is aborted, for it to roll back.
            return false;
        }
    }
}
