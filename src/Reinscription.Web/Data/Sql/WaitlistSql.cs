namespace Reinscription.Web.Data.Sql;

/// <summary>
/// Two families are never at the same place in a slot's waiting list. The constraint is deferrable, checked
/// at the end of each statement rather than row by row, so that staff moving a family up or down swap two
/// positions in one UPDATE. EF Core does not model deferrable constraints, hence the hand-written SQL.
/// </summary>
public static class WaitlistSql
{
    public const string UniquePositionConstraint = "UQ_WaitlistEntries_CourseId_Position";

    public const string UniquePosition = $"""
        ALTER TABLE "WaitlistEntries" ADD CONSTRAINT "{UniquePositionConstraint}"
            UNIQUE ("CourseId", "Position") DEFERRABLE INITIALLY IMMEDIATE;
        """;

    public const string DropUniquePosition = $"""
        ALTER TABLE "WaitlistEntries" DROP CONSTRAINT IF EXISTS "{UniquePositionConstraint}";
        """;
}
