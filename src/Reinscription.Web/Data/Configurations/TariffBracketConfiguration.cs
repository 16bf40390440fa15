using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Tariffs;

namespace Reinscription.Web.Data.Configurations;

internal sealed class TariffBracketConfiguration : IEntityTypeConfiguration<TariffBracket>
{
    public void Configure(EntityTypeBuilder<TariffBracket> builder)
    {
        builder.ToTable("TariffBrackets");
        builder.HasIndex(b => new { b.GridId, b.Number }).IsUnique();
        builder.Ignore(b => b.RangeLabel);
        builder.HasMany(b => b.Amounts).WithOne().HasForeignKey(a => a.BracketId);
        builder.Navigation(b => b.Amounts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.ToTable(t => t.HasCheckConstraint("CK_TariffBrackets_Range",
            "\"MinQuotient\" >= 0 AND (\"MaxQuotient\" IS NULL OR \"MaxQuotient\" >= \"MinQuotient\")"));
    }
}
