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
        // Several campaigns of a site for a year, never two at once: EX_Campaigns_Overlap (CampaignSql) decides.
        builder.HasIndex(c => new { c.SiteId, c.TargetSchoolYearId });
        builder.ComplexProperty(c => c.Texts, texts =>
        {
            texts.Property(t => t.Tab).HasMaxLength(CampaignTexts.MaxLength);
            texts.Property(t => t.Coordinates).HasMaxLength(CampaignTexts.MaxLength);
            texts.Property(t => t.Authorisations).HasMaxLength(CampaignTexts.MaxLength);
            texts.Property(t => t.Documents).HasMaxLength(CampaignTexts.MaxLength);
            texts.Property(t => t.Courses).HasMaxLength(CampaignTexts.MaxLength);
            texts.Property(t => t.Summary).HasMaxLength(CampaignTexts.MaxLength);
            texts.Property(t => t.Confirmation).HasMaxLength(CampaignTexts.MaxLength);
        });
        builder.HasOne(c => c.Site).WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.TargetSchoolYear).WithMany().HasForeignKey(c => c.TargetSchoolYearId).OnDelete(DeleteBehavior.Restrict);
    }
}
