using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Staff;

namespace Reinscription.Web.Data.Configurations;

internal sealed class PendingChangeConfiguration : IEntityTypeConfiguration<PendingChange>
{
    public void Configure(EntityTypeBuilder<PendingChange> builder)
    {
        builder.HasOne(c => c.Family).WithMany().HasForeignKey(c => c.FamilyId);
        builder.HasOne(c => c.Student).WithMany().HasForeignKey(c => c.StudentId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.DecidedByStaffId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.PreviousValuesJson).HasColumnType("jsonb");
        builder.Property(c => c.ProposedValuesJson).HasColumnType("jsonb");
        builder.Property(c => c.RejectionReason).HasMaxLength(500);
        builder.HasIndex(c => new { c.Status, c.RequestedAt });

        // At most one pending change per record: a second edit revises the first.
        builder.HasIndex(c => new { c.FamilyId, c.Subject, c.StudentId })
            .IsUnique()
            .AreNullsDistinct(false)
            .HasFilter("\"Status\" = 'Pending'");
    }
}
