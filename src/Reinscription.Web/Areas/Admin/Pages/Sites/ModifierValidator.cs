using System.Globalization;
using FluentValidation;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Sites;
using Reinscription.Web.Documents;
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

    public PasswordRule PasswordRule { get; set; }

    public string TariffGridUrl { get; set; } = "";

    public string FormsPageUrl { get; set; } = "";

    public string LegalNotice { get; set; } = "";

    public int PasswordMinLength { get; set; }

    public int PasswordMaxLength { get; set; }

    public bool AcceptsPdf { get; set; }

    public bool AcceptsJpeg { get; set; }

    public bool AcceptsPng { get; set; }

    public decimal MaxUploadMegabytes { get; set; }

    /// <summary>Identifiant créancier SEPA (ICS), for the direct-debit files.</summary>
    public string CreditorIdentifier { get; set; } = "";

    public string CreditorIban { get; set; } = "";

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
        PasswordRule = site.PasswordPolicy.Rule,
        PasswordMinLength = site.PasswordPolicy.Rule == PasswordRule.Classic ? site.PasswordPolicy.MinLength : PasswordPolicy.SmallestMinimum,
        PasswordMaxLength = site.PasswordPolicy.Rule == PasswordRule.Classic ? site.PasswordPolicy.MaxLength : 16,
        TariffGridUrl = site.TariffGridUrl ?? "",
        FormsPageUrl = site.FormsPageUrl ?? "",
        LegalNotice = site.LegalNotice,
        AcceptsPdf = site.AcceptedUploadFormats.HasFlag(UploadFormats.Pdf),
        AcceptsJpeg = site.AcceptedUploadFormats.HasFlag(UploadFormats.Jpeg),
        AcceptsPng = site.AcceptedUploadFormats.HasFlag(UploadFormats.Png),
        MaxUploadMegabytes = site.MaxUploadBytes / (decimal)BytesPerMegabyte,
        CreditorIdentifier = site.CreditorIdentifier,
        CreditorIban = site.CreditorIban.Length == 0 ? "" : Iban.Format(site.CreditorIban),
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
        site.ChangePasswordPolicy(PasswordRule == PasswordRule.Classic
            ? PasswordPolicy.Classic(PasswordMinLength, PasswordMaxLength)
            : PasswordPolicy.Recommended);
        site.TariffGridUrl = TariffGridUrl.Trim() is { Length: > 0 } tariffGrid ? tariffGrid : null;
        site.FormsPageUrl = FormsPageUrl.Trim() is { Length: > 0 } forms ? forms : null;
        // Browsers send a textarea's line breaks as CRLF: stored as LF, an unchanged text stays unchanged.
        site.LegalNotice = LegalNotice.Trim().ReplaceLineEndings("\n");
        site.ChangeUploadRules(Formats, (int)(MaxUploadMegabytes * BytesPerMegabyte));
        site.CreditorIdentifier = SepaCreditorIdentifier.IsValid(CreditorIdentifier, out var creditor) ? creditor : "";
        site.CreditorIban = Iban.TryParse(CreditorIban, out var iban, out _) ? iban!.Value : "";
        site.ChangeOfferLifetime(OfferLifetimeHours);
    }

    /// <summary>Every setting as the page labels it, for the audit log's before → after.</summary>
    public IReadOnlyList<(string Label, string Value)> Fields =>
    [
        ("Nom du conservatoire", ConservatoryName), ("Adresse", Address), ("Code postal", PostalCode), ("Ville", Town),
        ("Téléphone", Phone), ("E-mail", Email), ("Texte d'accueil", WelcomeText), ("Mention RGPD", PrivacyNotice),
        ("Déclaration d'accessibilité", AccessibilityStatement), ("Grille tarifaire", TariffGridUrl),
        ("Page des formulaires", FormsPageUrl), ("Mentions légales", LegalNotice),
        ("Longueur minimale du mot de passe", PasswordMinLength.ToString(CultureInfo.InvariantCulture)),
        ("Longueur maximale du mot de passe", PasswordMaxLength.ToString(CultureInfo.InvariantCulture)),
        ("Formats acceptés", Formats.ToString()),
        ("Taille maximale (Mo)", MaxUploadMegabytes.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"))),
        ("Délai pour accepter une place (heures)", OfferLifetimeHours.ToString(CultureInfo.InvariantCulture)),
    ];

    public UploadFormats Formats =>
        (AcceptsPdf ? UploadFormats.Pdf : UploadFormats.None)
        | (AcceptsJpeg ? UploadFormats.Jpeg : UploadFormats.None)
        | (AcceptsPng ? UploadFormats.Png : UploadFormats.None);

    /// <summary>What the upload pages accept: <see cref="DocumentUploads.LargestFileBytes"/> in megabytes.</summary>
    public const int LargestMegabytes = DocumentUploads.LargestFileBytes / BytesPerMegabyte;

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
        RuleFor(i => i.PasswordRule).IsInEnum().WithMessage("Choisissez une règle de mot de passe.");
        RuleFor(i => i.TariffGridUrl).Must(BeAWebAddress).WithMessage(WebAddressMessage)
            .MaximumLength(500).WithMessage("L'adresse ne peut dépasser 500 caractères.");
        RuleFor(i => i.FormsPageUrl).Must(BeAWebAddress).WithMessage(WebAddressMessage)
            .MaximumLength(500).WithMessage("L'adresse ne peut dépasser 500 caractères.");
        RuleFor(i => i.LegalNotice).MaximumLength(20_000).WithMessage("Les mentions légales dépassent 20 000 caractères.");
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
        // The upload pages' request limit lets through a file of this size, and no more can be stored.
        RuleFor(i => i.MaxUploadMegabytes).InclusiveBetween(0.5m, SiteSettingsInput.LargestMegabytes)
            .WithMessage($"La taille maximale d'un fichier doit être comprise entre 0,5 et {SiteSettingsInput.LargestMegabytes} Mo.");
        RuleFor(i => i.CreditorIdentifier)
            .Must(text => text.Trim().Length == 0 || SepaCreditorIdentifier.IsValid(text, out _))
            .WithMessage("Cet identifiant créancier SEPA n'est pas valide (par exemple FR72ZZZ123456) : vérifiez sa clé.");
        RuleFor(i => i.CreditorIban).Custom((text, context) =>
        {
            if (text.Trim().Length > 0 && !Iban.TryParse(text, out _, out var error))
            {
                context.AddFailure(error);
            }
        });
        RuleFor(i => i.OfferLifetimeHours).InclusiveBetween(1, Site.LongestOfferLifetimeHours)
            .WithMessage($"Le délai pour accepter une place doit être compris entre 1 et {Site.LongestOfferLifetimeHours} heures.");
    }

    private const string WebAddressMessage = "Saisissez une adresse web complète, par exemple https://www.seineouest.fr/conservatoires.";

    /// <summary>Empty, or an absolute http(s) address: the link goes into e-mails and pages as is.</summary>
    private static bool BeAWebAddress(string value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
