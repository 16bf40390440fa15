namespace Reinscription.Web.Data.Sql;

/// <summary>
/// Two campaigns of one site for one school year may not share an instant, and PostgreSQL decides
/// it: an exclusion constraint over the half-open period [OpensAt, ClosesAt) (the wizard's own
/// rule), so two staff members saving at once cannot both succeed. btree_gist lets the equality
/// on the ids sit in the same GiST index as the overlap of the periods; it is a trusted extension,
/// which the database's owner may create.
/// </summary>
public static class CampaignSql
{
    public const string OverlapConstraint = "EX_Campaigns_Overlap";

    public const string RefuseOverlaps = """
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        ALTER TABLE "Campaigns" ADD CONSTRAINT "EX_Campaigns_Overlap" EXCLUDE USING gist (
            "SiteId" WITH =,
            "TargetSchoolYearId" WITH =,
            tstzrange("OpensAt", "ClosesAt", '[)') WITH &&);
        """;

    public const string AllowOverlaps = """
        ALTER TABLE "Campaigns" DROP CONSTRAINT IF EXISTS "EX_Campaigns_Overlap";
        """;
}
