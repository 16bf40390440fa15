using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Staff;

namespace Reinscription.Web.Data.Configurations;

internal sealed class SubmittedDocumentConfiguration : IEntityTypeConfiguration<SubmittedDocument>
{
    public void Configure(EntityTypeBuilder<SubmittedDocument> builder)
    {
        builder.HasOne(d => d.Requirement).WithMany().HasForeignKey(d => d.RequirementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Family).WithMany().HasForeignKey(d => d.FamilyId);
        builder.HasOne(d => d.Student).WithMany().HasForeignKey(d => d.StudentId);
        builder.HasOne(d => d.File).WithOne().HasForeignKey<SubmittedDocument>(d => d.FileId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.ReviewedByStaffId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(d => d.RefusalReason).HasMaxLength(500);
        builder.Property(d => d.InspectionHints).HasMaxLength(1000);
        builder.HasIndex(d => new { d.FamilyId, d.RequirementId });
        builder.HasIndex(d => new { d.State, d.UploadedAt });
        builder.Ignore(d => d.CanBeChangedByFamily);
        builder.Ignore(d => d.TaxNotice);
        builder.Property(d => d.ReferenceTaxIncome).HasPrecision(12, 2);
        builder.Property(d => d.TaxShares).HasPrecision(5, 2);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_SubmittedDocuments_Refusal", "(\"State\" = 'Refused') = (\"RefusalReason\" IS NOT NULL)");
            t.HasCheckConstraint("CK_SubmittedDocuments_Income",
                "(\"QuotientFamilial\" IS NULL OR \"QuotientFamilial\" >= 0) AND (\"TaxShares\" IS NULL) = (\"ReferenceTaxIncome\" IS NULL) " +
                "AND (\"TaxShares\" IS NULL OR \"TaxShares\" > 0) AND (\"ReferenceTaxIncome\" IS NULL OR \"ReferenceTaxIncome\" >= 0)");
        });
    }
}
