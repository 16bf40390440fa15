using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Web.Audit;

namespace Reinscription.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.RecordType).HasMaxLength(64);
        builder.Property(e => e.RecordId).HasMaxLength(64);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.ComplexCollection(e => e.Changes, changes => changes.ToJson());

        // No foreign keys (site, record, actor): a line outlives whatever it describes. The
        // admin's searches: a site's log newest first, by record, by person.
        builder.HasIndex(e => new { e.SiteId, e.At });
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
        builder.HasIndex(e => new { e.ActorKind, e.ActorId });
    }
}
