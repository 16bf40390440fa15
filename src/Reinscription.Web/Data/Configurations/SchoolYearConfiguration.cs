using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Courses;

namespace Reinscription.Web.Data.Configurations;

internal sealed class SchoolYearConfiguration : IEntityTypeConfiguration<SchoolYear>
{
    public void Configure(EntityTypeBuilder<SchoolYear> builder)
    {
        builder.HasIndex(y => y.StartYear).IsUnique();
        builder.Ignore(y => y.Label);

        // Exactly one current year at a time, whatever two staff members do at once.
        builder.HasIndex(y => y.IsCurrent).IsUnique().HasFilter("\"IsCurrent\"");
    }
}
