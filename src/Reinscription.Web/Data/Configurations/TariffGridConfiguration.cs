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
        builder.Property(g => g.SecondChildReductionPercent).HasPrecision(5, 2);
        builder.Property(g => g.FurtherChildReductionPercent).HasPrecision(5, 2);
        builder.Property(g => g.RentalResidentAmount).HasPrecision(10, 2);
        builder.Property(g => g.RentalNonResidentAmount).HasPrecision(10, 2);
        builder.Ignore(g => g.BracketsInOrder);
        builder.HasMany(g => g.Brackets).WithOne().HasForeignKey(b => b.GridId);
        builder.Navigation(g => g.Brackets).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(g => g.Ceiling);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_TariffGrids_FileFee", "\"FileFee\" >= 0");
            t.HasCheckConstraint("CK_TariffGrids_Reductions",
                "\"SecondChildReductionPercent\" BETWEEN 0 AND 100 AND \"FurtherChildReductionPercent\" BETWEEN 0 AND 100");
            t.HasCheckConstraint("CK_TariffGrids_Rental", "\"RentalResidentAmount\" >= 0 AND \"RentalNonResidentAmount\" >= 0");
        });
    }
}
