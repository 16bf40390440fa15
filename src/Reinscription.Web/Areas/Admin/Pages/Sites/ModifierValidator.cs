using FluentValidation;
using Reinscription.Domain.Sites;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Sites;

public sealed class SiteSettingsInput
{
    public string ConservatoryName { get; set; } = "";

    public string Address { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Town { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    public string WelcomeText { get; set; } = "";

    public string PrivacyNotice { get; set; } = "";

    public string AccessibilityStatement { get; set; } = "";

    public int PasswordMinLength { get; set; }

    public int PasswordMaxLength { get; set; }

    public bool AcceptsPdf { get; set; }

    public bool AcceptsJpeg { get; set; }

    public bool AcceptsPng { get; set; }

    public decimal MaxUploadMegabytes { get; set; }

    public int OfferLifetimeHours { get; set; }

    public static SiteSettingsInput From(Site site) => new()
    {
        ConservatoryName = site.ConservatoryName,
        Address = site.Address,
        PostalCode = site.PostalCode,
        Town = site.Town,
        Phone = site.Phone,
        Email = site.Email,
        WelcomeText = site.WelcomeText,
        PrivacyNotice = site.PrivacyNotice,
        AccessibilityStatement = site.AccessibilityStatement,
        PasswordMinLength = site.PasswordPolicy.MinLength,
        PasswordMaxLength = site.PasswordPolicy.MaxLength,
        AcceptsPdf = site.AcceptedUploadFormats.HasFlag(UploadFormats.Pdf),
        AcceptsJpeg = site.AcceptedUploadFormats.HasFlag(UploadFormats.Jpeg),
        AcceptsPng = site.AcceptedUploadFormats.HasFlag(UploadFormats.Png),
        MaxUploadMegabytes = site.MaxUploadBytes / (decimal)BytesPerMegabyte,
        OfferLifetimeHours = site.OfferLifetimeHours,
    };

    public void ApplyTo(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        site.ChangeDetails(
            ConservatoryName.Trim(),
            new SiteContact(Address.Trim(), PostalCode.Trim(), Town.Trim(), Phone.Trim(), Email.Trim()),
            WelcomeText.Trim(),
            PrivacyNotice.Trim(),
            AccessibilityStatement.Trim());
        site.ChangePasswordPolicy(new PasswordPolicy(PasswordMinLength, PasswordMaxLength));
        site.ChangeUploadRules(Formats, (int)(MaxUploadMegabytes * BytesPerMegabyte));
        site.ChangeOfferLifetime(OfferLifetimeHours);
    }

    public UploadFormats Formats =>
        (AcceptsPdf ? UploadFormats.Pdf : UploadFormats.None)
        | (AcceptsJpeg ? UploadFormats.Jpeg : UploadFormats.None)
        | (AcceptsPng ? UploadFormats.Png : UploadFormats.None);

    private const int BytesPerMegabyte = 1024 * 1024;
}

public sealed class SiteSettingsInputValidator : AbstractValidator<SiteSettingsInput>
{
    public SiteSettingsInputValidator()
    {
        RuleFor(i => i.ConservatoryName).NotEmpty().WithMessage("Saisissez le nom du conservatoire.").MaximumLength(200);
        RuleFor(i => i.Address).NotEmpty().WithMessage("Saisissez l'adresse.").MaximumLength(200);
        RuleFor(i => i.PostalCode).FrenchPostalCode();
        RuleFor(i => i.Town).NotEmpty().WithMessage("Saisissez la ville.").MaximumLength(100);
        RuleFor(i => i.Phone).FrenchPhone().NotEmpty().WithMessage("Saisissez le téléphone.");
        RuleFor(i => i.Email).NotEmpty().WithMessage("Saisissez l'e-mail du conservatoire.")
            .EmailAddress().WithMessage("Saisissez une adresse e-mail valide.");
        RuleFor(i => i.PasswordMinLength)
            .InclusiveBetween(PasswordPolicy.SmallestMinimum, PasswordPolicy.LargestMaximum)
            .WithMessage($"La longueur minimale doit être comprise entre {PasswordPolicy.SmallestMinimum} et {PasswordPolicy.LargestMaximum}.");
        RuleFor(i => i.PasswordMaxLength)
            .InclusiveBetween(PasswordPolicy.SmallestMinimum, PasswordPolicy.LargestMaximum)
            .WithMessage($"La longueur maximale doit être comprise entre {PasswordPolicy.SmallestMinimum} et {PasswordPolicy.LargestMaximum}.")
            .GreaterThanOrEqualTo(i => i.PasswordMinLength)
            .WithMessage("La longueur maximale ne peut être inférieure à la longueur minimale.");
        RuleFor(i => i.Formats).NotEqual(UploadFormats.None).WithName(nameof(SiteSettingsInput.AcceptsPdf))
            .WithMessage("Acceptez au moins un format de fichier.")
            .OverridePropertyName(nameof(SiteSettingsInput.AcceptsPdf));
        RuleFor(i => i.MaxUploadMegabytes).InclusiveBetween(0.5m, 10m)
            .WithMessage("La taille maximale d'un fichier doit être comprise entre 0,5 et 10 Mo.");
        RuleFor(i => i.OfferLifetimeHours).InclusiveBetween(1, Site.LongestOfferLifetimeHours)
            .WithMessage($"Le délai pour accepter une place doit être compris entre 1 et {Site.LongestOfferLifetimeHours} heures.");
    }
}
