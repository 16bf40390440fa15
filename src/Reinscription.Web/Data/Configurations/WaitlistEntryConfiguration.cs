using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Data.Configurations;

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    /// <summary>Gives each new entry its place in line: PostgreSQL decides the order, whatever the concurrency.</summary>
    public const string PositionSequence = "WaitlistPositions";

    public void Configure(EntityTypeBuilder<WaitlistEntry> builder)
    {
        builder.HasOne(e => e.Course).WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Request).WithMany().HasForeignKey(e => e.RequestId);
        // Checked at the statement's end: deleting a request removes its lines and its entries together.
        builder.HasOne<CourseChoice>().WithMany().HasForeignKey(e => e.ChoiceId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(e => e.Position).HasDefaultValueSql($"nextval('\"{PositionSequence}\"')");

        // A request waits once for a slot. The list is read in position order through the index of the
        // unique (CourseId, Position) constraint, which Data/Sql/WaitlistSql adds.
        builder.HasIndex(e => new { e.RequestId, e.CourseId }).IsUnique();

        // The expiry job looks only at open offers.
        builder.HasIndex(e => e.OfferExpiresAt).HasFilter("\"Status\" = 'Offered'");
        builder.Ignore(e => e.IsActive);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_WaitlistEntries_Offer",
            "(\"Status\" = 'Waiting') = (\"OfferedAt\" IS NULL) OR \"Status\" = 'Withdrawn'"));
    }
}
