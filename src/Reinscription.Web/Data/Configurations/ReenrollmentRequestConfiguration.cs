using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Data.Configurations;

internal sealed class ReenrollmentRequestConfiguration : IEntityTypeConfiguration<ReenrollmentRequest>
{
    public void Configure(EntityTypeBuilder<ReenrollmentRequest> builder)
    {
        // One request per student and campaign: a double submit cannot create a second one.
        builder.HasIndex(r => new { r.CampaignId, r.StudentId }).IsUnique();
        builder.HasOne(r => r.Campaign).WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Student).WithMany().HasForeignKey(r => r.StudentId);
        builder.Property(r => r.OtherConservatory).HasMaxLength(500);
        builder.Property(r => r.Siblings).HasMaxLength(500);
        builder.Property(r => r.FirstInstrumentWish).HasMaxLength(100);
        builder.Property(r => r.SecondInstrumentWish).HasMaxLength(100);
        builder.Property(r => r.CollectivePracticeWish).HasMaxLength(200);
        builder.Property(r => r.NewDisciplines).HasMaxLength(1000);
        builder.Property(r => r.InstrumentRental).HasMaxLength(100);
        builder.Property(r => r.RefusalReason).HasMaxLength(500);
        builder.HasMany(r => r.Choices).WithOne().HasForeignKey(c => c.RequestId);
        builder.Navigation(r => r.Choices).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.IsSentForReenrolment);
        builder.Ignore(r => r.Wishes);
        builder.Ignore(r => r.WaitlistWishes);
        builder.ToTable(t => t.HasCheckConstraint("CK_ReenrollmentRequests_Step", "\"CurrentStep\" BETWEEN 1 AND 6"));
    }
}
