using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Courses;

namespace Reinscription.Web.Data.Configurations;

internal sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    public void Configure(EntityTypeBuilder<Cycle> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(10);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_Cycles_Positive", "\"Number\" > 0 AND \"Year\" > 0"));
    }
}
