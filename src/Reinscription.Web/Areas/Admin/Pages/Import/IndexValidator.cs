using FluentValidation;
using Reinscription.Web.FamilyImport;

namespace Reinscription.Web.Areas.Admin.Pages.Import;

public sealed class ImportUploadInput
{
    public int? SiteId { get; set; }

    public IFormFile? File { get; set; }
}

public sealed class ImportUploadInputValidator : AbstractValidator<ImportUploadInput>
{
    public ImportUploadInputValidator()
    {
        RuleFor(i => i.SiteId).NotNull().WithMessage("Choisissez le site à importer.");
        RuleFor(i => i.File)
            .NotNull().WithMessage("Choisissez le fichier CSV exporté du logiciel de gestion.")
            .Must(f => f is null || f.Length > 0).WithMessage("Le fichier est vide.")
            .Must(f => f is null || f.Length <= ImportFile.MaxBytes)
            .WithMessage($"Le fichier dépasse {ImportFile.MaxBytes / (1024 * 1024)} Mo : coupez-le en plusieurs fichiers.");
    }
}
