using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Data.Configurations;

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> builder)
    {
        builder.Property(f => f.Identifier).HasMaxLength(50);
        builder.HasIndex(f => new { f.SiteId, f.Identifier }).IsUnique();
        builder.Property(f => f.ExternalId).HasMaxLength(ExternalIds.MaxLength);

        // The CSV import matches a family on the management system's id: one family per id and site
        // (families created by hand have none, and PostgreSQL lets any number of NULLs through).
        builder.HasIndex(f => new { f.SiteId, f.ExternalId }).IsUnique();
        builder.HasOne(f => f.Site).WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<Family>(f => f.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsOne(f => f.Guardian1, ConfigureGuardian);
        builder.OwnsOne(f => f.Guardian2, ConfigureGuardian);
        builder.Navigation(f => f.Guardian1).IsRequired();
        builder.OwnsOne(f => f.SepaMandate, mandate =>
        {
            mandate.Property(m => m.AccountHolder).HasMaxLength(70);
            mandate.Property(m => m.Iban).HasMaxLength(34);
            mandate.Property(m => m.Reference).HasMaxLength(35);
        });
        builder.HasMany(f => f.Students).WithOne(s => s.Family).HasForeignKey(s => s.FamilyId);
        builder.Navigation(f => f.Students).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.ToTable(t => t.HasCheckConstraint("CK_Families_Identifier", "\"Identifier\" = lower(btrim(\"Identifier\")) AND \"Identifier\" <> ''"));
    }

    private static void ConfigureGuardian<T>(OwnedNavigationBuilder<Family, T> guardian)
        where T : Guardian
    {
        guardian.Property(g => g.LastName).HasMaxLength(100);
        guardian.Property(g => g.FirstName).HasMaxLength(100);
        guardian.Property(g => g.BirthPlace).HasMaxLength(100);
        guardian.Property(g => g.BirthDepartment).HasMaxLength(50);
        guardian.Property(g => g.Address).HasMaxLength(200);
        guardian.Property(g => g.PostalCode).HasMaxLength(10);
        guardian.Property(g => g.Town).HasMaxLength(100);
        guardian.Property(g => g.HomePhone).HasMaxLength(30);
        guardian.Property(g => g.MobilePhone).HasMaxLength(30);
        guardian.Property(g => g.WorkPhone).HasMaxLength(30);
        guardian.Property(g => g.ExtraPhone1).HasMaxLength(30);
        guardian.Property(g => g.ExtraPhone2).HasMaxLength(30);
        guardian.Property(g => g.ExtraPhone3).HasMaxLength(30);
        guardian.Property(g => g.Email).HasMaxLength(200);
        guardian.Property(g => g.FamilySituation).HasMaxLength(50);
        guardian.Property(g => g.Profession).HasMaxLength(100);
        guardian.Property(g => g.SocioProfessionalCode).HasMaxLength(10);
        guardian.Ignore(g => g.FormalName);
    }
}
