using FluentValidation;

namespace Reinscription.Web.Documents;

/// <summary>One line's upload form: which requirement, for which student (none for a family line), and the file.</summary>
public sealed class DocumentUploadInput
{
    public int RequirementId { get; set; }

    public int? StudentId { get; set; }

    public IFormFile? File { get; set; }
}

public sealed class DocumentUploadInputValidator : AbstractValidator<DocumentUploadInput>
{
    public DocumentUploadInputValidator()
    {
        RuleFor(i => i.File).NotNull().WithMessage("Choisissez le fichier à importer.");
    }
}
