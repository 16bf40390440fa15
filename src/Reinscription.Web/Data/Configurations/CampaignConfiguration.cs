using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<ReenrollmentCampaign>
{
    public void Configure(EntityTypeBuilder<ReenrollmentCampaign> builder)
    {
        builder.ToTable("Campaigns", t =>
        {
            t.HasCheckConstraint("CK_Campaigns_Closes", "\"ClosesAt\" > \"OpensAt\"");
            t.HasCheckConstraint("CK_Campaigns_DocumentsDeadline", "\"DocumentsDeadline\" >= \"OpensAt\"");
        });
        builder.HasIndex(c => new { c.SiteId, c.TargetSchoolYearId }).IsUnique();
        builder.HasOne(c => c.Site).WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.TargetSchoolYear).WithMany().HasForeignKey(c => c.TargetSchoolYearId).OnDelete(DeleteBehavior.Restrict);
    }
}
