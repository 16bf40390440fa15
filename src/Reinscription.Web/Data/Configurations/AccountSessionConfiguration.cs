using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Data.Configurations;

internal sealed class AccountSessionConfiguration : IEntityTypeConfiguration<AccountSession>
{
    public void Configure(EntityTypeBuilder<AccountSession> builder)
    {
        builder.ToTable("Sessions");
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.AccountId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.EndsAt);
    }
}
