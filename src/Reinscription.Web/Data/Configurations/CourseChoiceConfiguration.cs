using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Data.Configurations;

internal sealed class CourseChoiceConfiguration : IEntityTypeConfiguration<CourseChoice>
{
    public void Configure(EntityTypeBuilder<CourseChoice> builder)
    {
        builder.HasIndex(c => new { c.RequestId, c.CurrentEnrollmentId }).IsUnique();
        builder.HasOne(c => c.CurrentEnrollment).WithMany().HasForeignKey(c => c.CurrentEnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.ChosenCourse).WithMany().HasForeignKey(c => c.ChosenCourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.WaitlistCourse).WithMany().HasForeignKey(c => c.WaitlistCourseId).OnDelete(DeleteBehavior.Restrict);
    }
}
