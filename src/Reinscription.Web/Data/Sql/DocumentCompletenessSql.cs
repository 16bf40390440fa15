namespace Reinscription.Web.Data.Sql;

/// <summary>
/// Where the documents of every student of a site stand for a school year, in one set-based statement:
/// the rules of <c>DocumentQueries.RequirementStatusesAsync</c> (which requirements apply to a family and to a
/// student, the latest file of each line, a lasting document carried over) written for PostgreSQL, so that
/// lists of thousands of requests filter and count on them without a query per family. The latest file of
/// every line is found once for the whole site (<c>DISTINCT ON</c>) and joined, rather than looked up per
/// line. Parameters: <c>@owed_site</c>, <c>@owed_year</c>, <c>@owed_now</c>, <c>@owed_today</c> (Paris date, for
/// the ages of <c>Student.IsAdult</c> and the CAF rule of <c>TariffFacts</c>, passed in as <c>@owed_adult_age</c>,
/// <c>@owed_caf_age</c> and <c>@owed_caf_children</c>). Enum values are the names the database stores.
/// <c>DocumentCompletenessTests</c> checks the two versions agree.
/// </summary>
public static class DocumentCompletenessSql
{
    /// <summary>
    /// One row per student and requirement that applies to them (a family's lines repeated for each of its
    /// students): <c>StudentId, FamilyId, RequirementId, IsFamilyLine, IsMandatory, LatestState, RefusalReason,
    /// CarriedOver, IsMissing, IsUnsettled</c>.
    /// </summary>
    public const string Lines = """
        SELECT lines.*,
               lines."IsMandatory" AND CASE WHEN lines."LatestState" IS NULL THEN NOT lines."CarriedOver"
                                            ELSE lines."LatestState" = 'Refused' END AS "IsMissing",
               COALESCE(lines."LatestState" = 'Provided', FALSE)
                 OR (lines."IsMandatory" AND CASE WHEN lines."LatestState" IS NULL THEN NOT lines."CarriedOver"
                                                  ELSE lines."LatestState" <> 'Validated' END) AS "IsUnsettled"
        FROM (
            SELECT s."Id" AS "StudentId", s."FamilyId", d."Id" AS "RequirementId",
                   d."Scope" = 'Family' AS "IsFamilyLine",
                   CASE d."Condition" WHEN 'Optional' THEN FALSE WHEN 'CafRule' THEN caf."Binds" ELSE TRUE END AS "IsMandatory",
                   latest."State" AS "LatestState", latest."RefusalReason",
                   -- Without a file of its own, a line is met by a lasting document of the same kind validated
                   -- recently enough for another requirement (an earlier year's); with one, that file decides.
                   latest."State" IS NULL AND COALESCE(kept."ReviewedAt" >= @owed_now - make_interval(months => d."ValidityMonths"), FALSE) AS "CarriedOver"
            FROM "Students" s
            JOIN "Families" f ON f."Id" = s."FamilyId"
            -- The CAF rule binds families of enough children under its age.
            CROSS JOIN LATERAL (
                SELECT count(*) >= @owed_caf_children AS "Binds"
                FROM "Students" child
                WHERE child."FamilyId" = f."Id" AND child."BirthDate" > (@owed_today - make_interval(years => @owed_caf_age))::date
            ) caf
            JOIN "DocumentRequirements" d ON d."SiteId" = f."SiteId" AND d."SchoolYearId" = @owed_year
            LEFT JOIN (
                SELECT DISTINCT ON (sd."FamilyId", sd."RequirementId", sd."StudentId")
                       sd."FamilyId", sd."RequirementId", COALESCE(sd."StudentId", 0) AS "Owner", sd."State", sd."RefusalReason"
                FROM "SubmittedDocuments" sd
                JOIN "DocumentRequirements" r ON r."Id" = sd."RequirementId"
                WHERE r."SiteId" = @owed_site AND r."SchoolYearId" = @owed_year
                ORDER BY sd."FamilyId", sd."RequirementId", sd."StudentId", sd."UploadedAt" DESC
            ) latest ON latest."FamilyId" = s."FamilyId" AND latest."RequirementId" = d."Id"
                    AND latest."Owner" = CASE WHEN d."Scope" = 'Family' THEN 0 ELSE s."Id" END
            LEFT JOIN (
                SELECT v."FamilyId", COALESCE(v."StudentId", 0) AS "Owner", vr."Kind", max(v."ReviewedAt") AS "ReviewedAt"
                FROM "SubmittedDocuments" v
                JOIN "DocumentRequirements" vr ON vr."Id" = v."RequirementId"
                WHERE v."State" = 'Validated' AND vr."SiteId" = @owed_site AND vr."SchoolYearId" <> @owed_year
                GROUP BY v."FamilyId", COALESCE(v."StudentId", 0), vr."Kind"
            ) kept ON d."ValidityMonths" IS NOT NULL AND kept."FamilyId" = s."FamilyId" AND kept."Kind" = d."Kind"
                  AND kept."Owner" = CASE WHEN d."Scope" = 'Family' THEN 0 ELSE s."Id" END
            WHERE f."SiteId" = @owed_site
              AND (d."Condition" IN ('Always', 'Optional')
                   OR (d."Condition" = 'ResidentsOnly' AND f."IsResident")
                   OR (d."Condition" = 'NonResidentsOnly' AND NOT f."IsResident")
                   OR (d."Condition" = 'StudentOfAge' AND d."Scope" = 'Student'
                       AND (s."BirthDate" + make_interval(years => @owed_adult_age))::date <= @owed_today)
                   OR (d."Condition" = 'CafRule' AND (f."IsResident" OR caf."Binds"))
                   OR (d."Condition" = 'SepaPayment' AND f."PaysBySepa")
                   OR (d."Condition" = 'Hosted' AND f."IsHosted")
                   OR (d."Condition" = 'Discipline' AND d."Scope" = 'Student' AND EXISTS (
                         SELECT 1
                         FROM "Enrollments" e
                         JOIN "Courses" c ON c."Id" = e."CourseId"
                         JOIN "SchoolYears" y ON y."Id" = c."SchoolYearId"
                         WHERE e."StudentId" = s."Id" AND y."IsCurrent" AND c."DisciplineId" = d."ConditionDisciplineId")))
        ) AS lines
        """;

    /// <summary>One row per student of the site: <c>StudentId, HasMissing, HasUnsettled</c>.</summary>
    public const string Students = $"""
        SELECT "StudentId", bool_or("IsMissing") AS "HasMissing", bool_or("IsUnsettled") AS "HasUnsettled"
        FROM ({Lines}) AS owed
        GROUP BY "StudentId"
        """;
}
