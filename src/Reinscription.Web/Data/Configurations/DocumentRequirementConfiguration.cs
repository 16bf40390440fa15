using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;

namespace Reinscription.Web.Data.Configurations;

internal sealed class DocumentRequirementConfiguration : IEntityTypeConfiguration<DocumentRequirement>
{
    /// <summary>The line of the year before that "Copier la liste de l'année précédente" copied; see <see cref="CourseConfiguration.CopiedFrom"/>.</summary>
    public const string CopiedFrom = "CopiedFromRequirementId";

    public void Configure(EntityTypeBuilder<DocumentRequirement> builder)
    {
        builder.Property<int?>(CopiedFrom);
        builder.HasIndex(CopiedFrom).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.HelpText).HasMaxLength(2000);
        builder.Property(r => r.TemplateFileName).HasMaxLength(200);
        builder.HasOne(r => r.Site).WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.SchoolYear).WithMany().HasForeignKey(r => r.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Discipline>().WithMany().HasForeignKey(r => r.ConditionDisciplineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SiteId, r.SchoolYearId, r.SortOrder });
        builder.Ignore(r => r.IsMandatory);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_DocumentRequirements_Discipline",
                "(\"Condition\" = 'Discipline') = (\"ConditionDisciplineId\" IS NOT NULL)");
            t.HasCheckConstraint("CK_DocumentRequirements_PageCount", "\"ExpectedPageCount\" IS NULL OR \"ExpectedPageCount\" > 0");
            t.HasCheckConstraint("CK_DocumentRequirements_Validity", "\"ValidityMonths\" IS NULL OR \"ValidityMonths\" > 0");
            t.HasCheckConstraint("CK_DocumentRequirements_StudentConditions",
                "\"Scope\" = 'Student' OR \"Condition\" NOT IN ('Discipline', 'StudentOfAge')");
        });
    }
}
