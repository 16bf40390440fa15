using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Tariffs;

namespace Reinscription.Web.Data.Configurations;

internal sealed class TariffGridConfiguration : IEntityTypeConfiguration<TariffGrid>
{
    public void Configure(EntityTypeBuilder<TariffGrid> builder)
    {
        builder.HasIndex(g => g.SchoolYearId).IsUnique();
        builder.HasOne(g => g.SchoolYear).WithMany().HasForeignKey(g => g.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.FileFee).HasPrecision(10, 2);
        builder.HasMany(g => g.Brackets).WithOne().HasForeignKey(b => b.GridId);
        builder.Navigation(g => g.Brackets).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(g => g.Ceiling);
        builder.ToTable(t => t.HasCheckConstraint("CK_TariffGrids_FileFee", "\"FileFee\" >= 0"));
    }
}
