using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Courses;

namespace Reinscription.Web.Data.Configurations;

internal sealed class DisciplineConfiguration : IEntityTypeConfiguration<Discipline>
{
    public void Configure(EntityTypeBuilder<Discipline> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.HasIndex(d => new { d.SiteId, d.Name }).IsUnique();
        builder.HasOne(d => d.Site).WithMany().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
