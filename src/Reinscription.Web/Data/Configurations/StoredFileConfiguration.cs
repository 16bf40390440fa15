using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Documents;

namespace Reinscription.Web.Data.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.ToTable(t => t.HasCheckConstraint("CK_StoredFiles_Size", "\"SizeBytes\" = octet_length(\"Content\") AND \"SizeBytes\" > 0"));
    }
}
