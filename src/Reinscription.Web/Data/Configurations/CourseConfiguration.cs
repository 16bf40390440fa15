using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Courses;

namespace Reinscription.Web.Data.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    /// <summary>
    /// Broken by an UPDATE that would take or hold a seat beyond capacity, or lower the capacity under the seats
    /// in use: <c>Seats/SeatLedger</c> reads it as "complet".
    /// </summary>
    public const string SeatsTakenConstraint = "CK_Courses_SeatsTaken";

    /// <summary>
    /// The slot of the year before that "Préparer l'année suivante" copied; unique, so that a second
    /// copy (or two at once) adds nothing (<c>ON CONFLICT DO NOTHING</c>). A provenance, not a link:
    /// no foreign key, the original may be deleted.
    /// </summary>
    public const string CopiedFrom = "CopiedFromCourseId";

    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.Property<int?>(CopiedFrom);
        builder.HasIndex(CopiedFrom).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Teacher).HasMaxLength(100);
        builder.Property(c => c.Room).HasMaxLength(50);
        builder.Property(c => c.Day).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(c => c.Site).WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.SchoolYear).WithMany().HasForeignKey(c => c.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Discipline).WithMany().HasForeignKey(c => c.DisciplineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Cycle).WithMany().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SiteId, c.SchoolYearId, c.DisciplineId });
        builder.Ignore(c => c.SeatsLeft);
        builder.Ignore(c => c.HasSeatLeft);
        builder.Ignore(c => c.SlotLabel);

        // The last word on overbooking: whatever the application does, no row can hold more seats than it has.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Courses_Capacity", "\"Capacity\" >= 0");
            t.HasCheckConstraint(
                SeatsTakenConstraint,
                "\"SeatsTaken\" >= 0 AND \"SeatsOffered\" >= 0 AND \"SeatsTaken\" + \"SeatsOffered\" <= \"Capacity\"");
            t.HasCheckConstraint("CK_Courses_Times", "\"EndsAt\" IS NULL OR \"StartsAt\" IS NULL OR \"EndsAt\" > \"StartsAt\"");
        });
    }
}
