using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Web.Email;

namespace Reinscription.Web.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(m => m.To).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(2000);

        // The sender only ever looks for unsent mail that is due.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("\"SentAt\" IS NULL AND \"GaveUpAt\" IS NULL");
        builder.HasOne<Domain.Sites.Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.SiteId).HasFilter("\"GaveUpAt\" IS NOT NULL");
    }
}
