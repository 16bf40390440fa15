using FluentValidation;
using Reinscription.Domain.Billing;
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

    /// <summary>Identifiant créancier SEPA (ICS), for the direct-debit files.</summary>
    public string CreditorIdentifier { get; set; } = "";

    public string CreditorIban { get; set; } = "";

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
        CreditorIdentifier = site.CreditorIdentifier,
        CreditorIban = site.CreditorIban.Length == 0 ? "" : Iban.Format(site.CreditorIban),
    };

    public void ApplyTo(Site site)
    {
        site.ConservatoryName = ConservatoryName.Trim();
        site.Address = Address.Trim();
        site.PostalCode = PostalCode.Trim();
        site.Town = Town.Trim();
        site.Phone = Phone.Trim();
        site.Email = Email.Trim();
        site.WelcomeText = WelcomeText.Trim();
        site.PrivacyNotice = PrivacyNotice.Trim();
        site.AccessibilityStatement = AccessibilityStatement.Trim();
        site.ChangePasswordPolicy(new PasswordPolicy(PasswordMinLength, PasswordMaxLength));
        site.ChangeUploadRules(Formats, (int)(MaxUploadMegabytes * BytesPerMegabyte));
        site.CreditorIdentifier = SepaCreditorIdentifier.IsValid(CreditorIdentifier, out var creditor) ? creditor : "";
        site.CreditorIban = Iban.TryParse(CreditorIban, out var iban, out _) ? iban!.Value : "";
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
    }
}
