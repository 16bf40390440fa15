using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Families;

namespace Reinscription.Web.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(30);
        builder.HasIndex(i => i.Number).IsUnique();
        // One invoice per family, year and kind: generating twice, or from two sessions at once, creates no second one.
        builder.HasIndex(i => new { i.FamilyId, i.SchoolYearId, i.Kind }).IsUnique();
        builder.Property(i => i.Fingerprint).HasMaxLength(64);
        builder.HasOne(i => i.Family).WithMany().HasForeignKey(i => i.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.SchoolYear).WithMany().HasForeignKey(i => i.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.Total);
        builder.Ignore(i => i.Paid);
        builder.Ignore(i => i.Balance);

        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId);
        builder.Navigation(i => i.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Instalments).WithOne().HasForeignKey(l => l.InvoiceId);
        builder.Navigation(i => i.Instalments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Payments).WithOne().HasForeignKey(l => l.InvoiceId);
        builder.Navigation(i => i.Payments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.ToTable("InvoiceLines");
        builder.Property(l => l.Label).HasMaxLength(200);
        builder.Property(l => l.Amount).HasPrecision(10, 2);
        builder.HasOne<Student>().WithMany().HasForeignKey(l => l.StudentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class InstalmentConfiguration : IEntityTypeConfiguration<Instalment>
{
    public void Configure(EntityTypeBuilder<Instalment> builder)
    {
        builder.ToTable("Instalments");
        builder.Property(l => l.Amount).HasPrecision(10, 2);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(10, 2);
        builder.ToTable("Payments", t => t.HasCheckConstraint("CK_Payments_Amount", "\"Amount\" > 0"));
    }
}
