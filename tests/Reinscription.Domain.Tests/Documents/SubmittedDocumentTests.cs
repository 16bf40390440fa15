using Reinscription.Domain.Documents;

namespace Reinscription.Domain.Tests.Documents;

public class SubmittedDocumentTests
{
    private const string NotAwaiting = "Ce document n'est pas en attente de validation.";
    private static readonly DateTimeOffset UploadedAt = new(2026, 5, 20, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ReviewedAt = new(2026, 5, 22, 9, 30, 0, TimeSpan.Zero);

    private static SubmittedDocument NewDocument() =>
        new(5, 1, 7, new StoredFile("avis-imposition.pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46]), UploadedAt);

    [Fact]
    public void A_new_document_is_provided_and_may_be_changed_by_the_family()
    {
        var document = NewDocument();

        Assert.Equal(DocumentState.Provided, document.State);
        Assert.True(document.CanBeChangedByFamily);
        Assert.Equal(UploadedAt, document.UploadedAt);
        Assert.Equal(5, document.RequirementId);
        Assert.Equal(7, document.StudentId);
        Assert.Equal("avis-imposition.pdf", document.File?.FileName);
        Assert.Null(document.ReviewedAt);
        Assert.Null(document.ReviewedByStaffId);
    }

    [Fact]
    public void Validating_records_who_and_when_and_locks_the_document()
    {
        var document = NewDocument();

        document.Validate(42, ReviewedAt);

        Assert.Equal(DocumentState.Validated, document.State);
        Assert.Equal(42, document.ReviewedByStaffId);
        Assert.Equal(ReviewedAt, document.ReviewedAt);
        Assert.Null(document.RefusalReason);
        Assert.False(document.CanBeChangedByFamily);
    }

    [Fact]
    public void Refusing_records_the_reason_and_lets_the_family_change_the_document()
    {
        var document = NewDocument();

        document.Refuse(42, "Document illisible", ReviewedAt);

        Assert.Equal(DocumentState.Refused, document.State);
        Assert.Equal("Document illisible", document.RefusalReason);
        Assert.Equal(42, document.ReviewedByStaffId);
        Assert.Equal(ReviewedAt, document.ReviewedAt);
        Assert.True(document.CanBeChangedByFamily);
    }

    [Fact]
    public void A_validated_document_cannot_be_validated_again()
    {
        var document = NewDocument();
        document.Validate(42, ReviewedAt);

        var error = Assert.Throws<InvalidOperationException>(() => document.Validate(43, ReviewedAt.AddHours(1)));

        Assert.Equal(NotAwaiting, error.Message);
        Assert.Equal(42, document.ReviewedByStaffId);
        Assert.Equal(ReviewedAt, document.ReviewedAt);
    }

    [Fact]
    public void A_validated_document_cannot_be_refused()
    {
        var document = NewDocument();
        document.Validate(42, ReviewedAt);

        var error = Assert.Throws<InvalidOperationException>(() => document.Refuse(43, "Erreur", ReviewedAt.AddHours(1)));

        Assert.Equal(NotAwaiting, error.Message);
        Assert.Equal(DocumentState.Validated, document.State);
        Assert.Null(document.RefusalReason);
    }

    [Fact]
    public void A_refused_document_cannot_be_validated_or_refused_again()
    {
        var document = NewDocument();
        document.Refuse(42, "Document illisible", ReviewedAt);

        Assert.Equal(NotAwaiting, Assert.Throws<InvalidOperationException>(() => document.Validate(43, ReviewedAt)).Message);
        Assert.Equal(NotAwaiting, Assert.Throws<InvalidOperationException>(() => document.Refuse(43, "Autre", ReviewedAt)).Message);
        Assert.Equal(DocumentState.Refused, document.State);
        Assert.Equal("Document illisible", document.RefusalReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_refusal_needs_a_reason(string reason)
    {
        var document = NewDocument();

        Assert.ThrowsAny<ArgumentException>(() => document.Refuse(42, reason, ReviewedAt));
        Assert.Equal(DocumentState.Provided, document.State);
    }

    [Fact]
    public void Validating_an_income_document_keeps_the_figures_typed()
    {
        var document = NewDocument();

        document.Validate(42, ReviewedAt, 712, new Domain.Tariffs.TaxNoticeFigures(41_400m, 2.5m));

        Assert.Equal(DocumentState.Validated, document.State);
        Assert.Equal(712, document.QuotientFamilial);
        Assert.Equal(new Domain.Tariffs.TaxNoticeFigures(41_400m, 2.5m), document.TaxNotice);
    }
}
