using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Families;

namespace Reinscription.Web.Data.Configurations;

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.BirthPlace).HasMaxLength(100);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.PostalCode).HasMaxLength(10);
        builder.Property(s => s.Town).HasMaxLength(100);
        builder.Property(s => s.HomePhone).HasMaxLength(30);
        builder.Property(s => s.MobilePhone).HasMaxLength(30);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.SchoolLevel).HasMaxLength(50);
        builder.Property(s => s.SchoolName).HasMaxLength(200);
        builder.Property(s => s.Nationality).HasMaxLength(50);
        builder.Property(s => s.EmergencyContactName).HasMaxLength(200);
        builder.Property(s => s.EmergencyContactPhone).HasMaxLength(30);
        builder.Property(s => s.ExternalId).HasMaxLength(ExternalIds.MaxLength);

        // Students have no site column: the import checks a student id once per site under the site's
        // import lock; the index keeps one student per id within a family whatever else writes. Not
        // partial, so that it also serves every "students of this family" query (NULLs never clash).
        builder.HasIndex(s => new { s.FamilyId, s.ExternalId }).IsUnique();
        builder.Ignore(s => s.FullName);
    }
}
