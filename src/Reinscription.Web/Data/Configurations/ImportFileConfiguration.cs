using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.FamilyImport;

namespace Reinscription.Web.Data.Configurations;

internal sealed class ImportFileConfiguration : IEntityTypeConfiguration<ImportFile>
{
    public void Configure(EntityTypeBuilder<ImportFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.HasOne<Site>().WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.UploadedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.SiteId, f.UploadedAt });
    }
}
