using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Data.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.HasIndex(s => s.Email).IsUnique();
        builder.Property(s => s.FullName).HasMaxLength(200);
        builder.Ignore(s => s.IsDisabled);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<StaffMember>(s => s.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.SiteRoles).WithOne().HasForeignKey(r => r.StaffMemberId);
        builder.Navigation(s => s.SiteRoles).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StaffSiteRoleConfiguration : IEntityTypeConfiguration<StaffSiteRole>
{
    public void Configure(EntityTypeBuilder<StaffSiteRole> builder)
    {
        builder.ToTable("StaffSiteRoles");
        builder.HasKey(r => new { r.StaffMemberId, r.SiteId });
        builder.HasOne<Domain.Sites.Site>().WithMany().HasForeignKey(r => r.SiteId);
    }
}
