using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Tariffs;

namespace Reinscription.Web.Data.Configurations;

internal sealed class TariffAmountConfiguration : IEntityTypeConfiguration<TariffAmount>
{
    public void Configure(EntityTypeBuilder<TariffAmount> builder)
    {
        builder.ToTable("TariffAmounts");
        builder.HasIndex(a => new { a.BracketId, a.Category }).IsUnique();
        builder.Property(a => a.ResidentAmount).HasPrecision(10, 2);
        builder.Property(a => a.NonResidentAmount).HasPrecision(10, 2);
        builder.ToTable(t => t.HasCheckConstraint("CK_TariffAmounts_Positive",
            "\"ResidentAmount\" >= 0 AND \"NonResidentAmount\" >= 0"));
    }
}
