using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Courses;

namespace Reinscription.Web.Data.Configurations;

internal sealed class RepertoirePieceConfiguration : IEntityTypeConfiguration<RepertoirePiece>
{
    public void Configure(EntityTypeBuilder<RepertoirePiece> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Composer).HasMaxLength(100);
        builder.Property(p => p.DisciplineName).HasMaxLength(100);
        builder.HasOne(p => p.Student).WithMany().HasForeignKey(p => p.StudentId);
        builder.HasOne(p => p.SchoolYear).WithMany().HasForeignKey(p => p.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
    }
}
