using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Launch;

namespace Reinscription.Web.Data.Configurations;

internal sealed class LaunchMailingConfiguration : IEntityTypeConfiguration<LaunchMailing>
{
    public const string OneLaunchPerCampaign = "IX_LaunchMailings_CampaignId_Launch";

    public void Configure(EntityTypeBuilder<LaunchMailing> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReenrollmentCampaign>().WithMany().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);

        // PostgreSQL, not the page, makes a second "Lancement" of a campaign impossible.
        builder.HasIndex(m => m.CampaignId).IsUnique().HasFilter("\"Kind\" = 'Launch'").HasDatabaseName(OneLaunchPerCampaign);
    }
}

internal sealed class LaunchLinkConfiguration : IEntityTypeConfiguration<LaunchLink>
{
    public void Configure(EntityTypeBuilder<LaunchLink> builder)
    {
        builder.HasOne(l => l.Mailing).WithMany().HasForeignKey(l => l.MailingId).OnDelete(DeleteBehavior.Cascade);

        // The RGPD purge deletes a family's links with it.
        builder.HasOne<Family>().WithMany().HasForeignKey(l => l.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => new { l.FamilyId, l.UsedAt });
        builder.HasIndex(l => new { l.MailingId, l.OutboxMessageId });
    }
}
