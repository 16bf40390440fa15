using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Data.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.ConservatoryName).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.PostalCode).HasMaxLength(10);
        builder.Property(s => s.Town).HasMaxLength(100);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.TariffGridUrl).HasMaxLength(500);
        builder.Property(s => s.FormsPageUrl).HasMaxLength(500);
        builder.Property(s => s.CreditorIdentifier).HasMaxLength(35);
        builder.Property(s => s.CreditorIban).HasMaxLength(34);
        // A value object shared by many sites (PasswordPolicy.Default): a complex type, not an owned entity.
        builder.ComplexProperty(s => s.PasswordPolicy, policy =>
        {
            policy.Property(p => p.Rule).HasColumnName("PasswordRule");
            policy.Property(p => p.MinLength).HasColumnName("PasswordMinLength");
            policy.Property(p => p.MaxLength).HasColumnName("PasswordMaxLength");
        });
        builder.Property(s => s.AcceptedUploadFormats).HasMaxLength(64);
        builder.Property(s => s.OfferLifetimeHours).HasDefaultValue(Site.DefaultOfferLifetimeHours);
        builder.Ignore(s => s.OfferLifetime);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Sites_PasswordLengths",
                "\"PasswordMinLength\" >= 8 AND \"PasswordMinLength\" <= \"PasswordMaxLength\" " +
                "AND (\"PasswordRule\" = 'Recommended' OR \"PasswordMaxLength\" <= 20)");
            t.HasCheckConstraint("CK_Sites_MaxUploadBytes", "\"MaxUploadBytes\" > 0");
            t.HasCheckConstraint("CK_Sites_OfferLifetimeHours", $"\"OfferLifetimeHours\" BETWEEN 1 AND {Site.LongestOfferLifetimeHours}");
        });
    }
}
