using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Data.Demo;

/// <summary>
/// The demo territory that scripts/run serves: three sites, the Meudon families of the manuals,
/// staff accounts, four school years of courses, an open campaign, documents and tariffs.
/// Loaded only into an empty database and only when Demo:Seed is set.
/// </summary>
public sealed partial class DemoSeeder(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    TimeProvider clock)
{
    public const string ParentPassword = "Parent2026";
    public const string StaffPassword = "Personnel2026";

    // Arbitrary key for pg_advisory_xact_lock: two instances starting together seed once.
    private const long SeedLockKey = 0x5EED_2026;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", cancellationToken);
        if (await db.Sites.AnyAsync(cancellationToken))
        {
            return;
        }

        var sites = await AddSitesAsync(cancellationToken);
        await AddStaffAsync(sites, cancellationToken);
        var years = await AddSchoolYearsAsync(cancellationToken);
        var meudon = await AddMeudonCatalogAsync(sites.Meudon, years, cancellationToken);
        var families = await AddFamiliesAsync(sites, cancellationToken);
        await EnrolMeudonFamiliesAsync(families, meudon, years, cancellationToken);
        await AddBoulogneCatalogAsync(sites.Boulogne, families.BoulogneDupont, years, cancellationToken);
        await AddCampaignAsync(sites.Meudon, years, cancellationToken);
        await AddDocumentRequirementsAsync(sites.Meudon, years.Next, meudon, cancellationToken);
        await AddTariffGridAsync(years.Next, years.Current, cancellationToken);
        await AddInvoicesAsync(families, years.Current, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<DemoSites> AddSitesAsync(CancellationToken cancellationToken)
    {
        var boulogne = new Site("Boulogne-Billancourt", "Conservatoire à rayonnement régional de Boulogne-Billancourt");
        boulogne.ChangeContact(new SiteContact(
            "22 rue de la Belle-Feuille", "92100", "Boulogne-Billancourt",
            "01 55 18 45 85", "conservatoire.boulogne@example.org"));
        var meudon = new Site("Meudon", "Conservatoire Marcel Dupré de Meudon");
        meudon.ChangeContact(new SiteContact(
            "7 boulevard des Nations-Unies", "92190", "Meudon",
            "01 46 29 32 96", "conservatoire.meudon@example.org"));
        meudon.CreditorIdentifier = "FR72ZZZ123456";
        meudon.CreditorIban = "FR7630001007941234567890185";
        var sevres = new Site("Sèvres", "Conservatoire de Sèvres");
        sevres.ChangeContact(new SiteContact(
            "4 rue Pierre-Midrin", "92310", "Sèvres",
            "01 41 14 32 32", "conservatoire.sevres@example.org"));

        // Boulogne-Billancourt asks for PDF only and keeps the classic rule up to 20 characters; Meudon keeps
        // the classic rule of the manuals; Sèvres has the recommended default.
        boulogne.ChangeUploadRules(UploadFormats.Pdf, Site.DefaultMaxUploadBytes);
        boulogne.ChangePasswordPolicy(PasswordPolicy.Classic(8, 20));
        meudon.ChangePasswordPolicy(PasswordPolicy.Classic(8, 16));

        foreach (var site in new[] { boulogne, meudon, sevres })
        {
            var welcome =
                $"Bienvenue sur votre extranet usagers. Cet extranet concerne les élèves inscrits au {site.ConservatoryName} " +
                "et vous donne accès au suivi de l'élève (jours et horaires des cours, historique du cursus), " +
                "à la facturation et à la réinscription en fin d'année. Vous pouvez modifier à tout moment vos " +
                "coordonnées : le conservatoire valide chaque modification.";
            var privacy =
                "Les informations recueillies sur ce portail sont enregistrées par l'Établissement public territorial " +
                "Grand Paris Seine Ouest pour la gestion des inscriptions au conservatoire et la facturation. " +
                "Elles sont conservées pendant deux années scolaires après la dernière inscription et sont destinées " +
                "au conservatoire et à la régie centrale des conservatoires. Conformément au RGPD, vous pouvez " +
                $"exercer vos droits d'accès, de rectification et d'effacement en écrivant à {site.Email}.";
            var accessibility =
                "Ce portail vise la conformité au RGAA 4.1 : navigation au clavier, textes agrandissables, " +
                "contrastes renforcés sur demande. Signalez toute difficulté au conservatoire.";
            site.ChangeTexts(welcome, privacy, accessibility);
            site.TariffGridUrl = "https://www.seineouest.fr/vos-services/culture-et-sport/conservatoires/inscriptions-et-tarifs";
            site.FormsPageUrl = "https://www.seineouest.fr/vos-services/culture-et-sport/conservatoires/formulaires";
            site.LegalNotice =
                $"Éditeur : Établissement public territorial Grand Paris Seine Ouest, pour le {site.ConservatoryName}, " +
                $"{site.Address}, {site.PostalCode} {site.Town}.\n" +
                "Responsable du traitement : le Président de l'Établissement public territorial Grand Paris Seine Ouest. " +
                "Délégué à la protection des données : dpo@example.org.\n" +
                "Hébergement : serveurs de l'Établissement public territorial, en France.";
        }

        db.Sites.AddRange(boulogne, meudon, sevres);
        await db.SaveChangesAsync(cancellationToken);
        return new DemoSites(boulogne, meudon, sevres);
    }

    private async Task AddStaffAsync(DemoSites sites, CancellationToken cancellationToken)
    {
        var secretariat = new StaffMember("secretariat.meudon@example.org", "Sandrine Moreau");
        secretariat.Grant(sites.Meudon.Id, StaffRole.Secretariat);
        // Sèvres's secretariat sees none of Meudon's data: the cross-site checks sign in as it.
        var sevresSecretariat = new StaffMember("secretariat.sevres@example.org", "Nadia Benali");
        sevresSecretariat.Grant(sites.Sevres.Id, StaffRole.Secretariat);
        var admin = new StaffMember("admin@example.org", "Philippe Garnier");
        foreach (var site in sites.All)
        {
            admin.Grant(site.Id, StaffRole.Admin);
        }

        foreach (var staff in new[] { secretariat, sevresSecretariat, admin })
        {
            staff.AccountId = await CreateAccountAsync(staff.Email, staff.Email, StaffPassword);
            db.StaffMembers.Add(staff);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<DemoFamilies> AddFamiliesAsync(DemoSites sites, CancellationToken cancellationToken)
    {
        var dupont = new Family(sites.Meudon.Id, "dupont1", new Guardian
        {
            Civility = Civility.Madame,
            LastName = "Dupont",
            FirstName = "Claire",
            BirthDate = new DateOnly(1981, 4, 17),
            BirthPlace = "Versailles",
            BirthDepartment = "78",
            Address = "12 rue de la République",
            PostalCode = "92190",
            Town = "Meudon",
            HomePhone = "01 45 34 12 78",
            MobilePhone = "06 12 34 56 78",
            Email = "dupont@example.org",
            FamilySituation = "Mariée",
            Profession = "Infirmière",
            SocioProfessionalCode = "43",
        })
        {
            Guardian2 = new Guardian
            {
                Civility = Civility.Monsieur,
                LastName = "Dupont",
                FirstName = "Laurent",
                BirthDate = new DateOnly(1979, 11, 2),
                BirthPlace = "Nantes",
                BirthDepartment = "44",
                Address = "12 rue de la République",
                PostalCode = "92190",
                Town = "Meudon",
                MobilePhone = "06 87 65 43 21",
                WorkPhone = "01 41 23 45 67",
                Email = "laurent.dupont@example.org",
                FamilySituation = "Marié",
                Profession = "Ingénieur",
                SocioProfessionalCode = "38",
            },
            IsResident = true,
            PaysBySepa = true,
        };
        var lucas = new Student("Dupont", "Lucas", new DateOnly(2012, 3, 14), Civility.Monsieur)
        {
            BirthPlace = "Clamart",
            SchoolLevel = "4e",
            SchoolName = "Collège Armande Béjart, Meudon",
            Nationality = "Française",
            ImageRights = true,
            MayLeaveAlone = true,
            EmergencyContactName = "Monique Dupont (grand-mère)",
            EmergencyContactPhone = "06 11 22 33 44",
        };
        var emma = new Student("Dupont", "Emma", new DateOnly(2015, 6, 2), Civility.Madame)
        {
            BirthPlace = "Clamart",
            SchoolLevel = "CM2",
            SchoolName = "École élémentaire Jules Ferry, Meudon",
            Nationality = "Française",
            ImageRights = true,
            MayLeaveAlone = false,
            EmergencyContactName = "Monique Dupont (grand-mère)",
            EmergencyContactPhone = "06 11 22 33 44",
        };
        dupont.AddStudent(lucas);
        dupont.AddStudent(emma);

        var martin = new Family(sites.Meudon.Id, "martin1", new Guardian
        {
            Civility = Civility.Monsieur,
            LastName = "Martin",
            FirstName = "Julien",
            BirthDate = new DateOnly(1977, 8, 23),
            BirthPlace = "Lyon",
            BirthDepartment = "69",
            Address = "5 avenue Jean-Jaurès",
            PostalCode = "92190",
            Town = "Meudon",
            MobilePhone = "06 24 68 13 57",
            Email = "julien.martin@example.org",
            FamilySituation = "Divorcé",
            Profession = "Professeur des écoles",
            SocioProfessionalCode = "42",
        })
        {
            IsResident = true,
        };
        var chloe = new Student("Martin", "Chloé", new DateOnly(2013, 9, 30), Civility.Madame)
        {
            BirthPlace = "Boulogne-Billancourt",
            SchoolLevel = "3e",
            SchoolName = "Collège Rabelais, Meudon",
            Nationality = "Française",
            ImageRights = false,
            MayLeaveAlone = true,
        };
        martin.AddStudent(chloe);

        var boulogneDupont = new Family(sites.Boulogne.Id, "dupont1", new Guardian
        {
            Civility = Civility.Monsieur,
            LastName = "Dupont",
            FirstName = "Gérard",
            BirthDate = new DateOnly(1972, 5, 3),
            BirthPlace = "Quimper",
            BirthDepartment = "29",
            Address = "48 rue de Silly",
            PostalCode = "92100",
            Town = "Boulogne-Billancourt",
            MobilePhone = "06 98 76 54 32",
            Email = "gerard.dupont@example.net",
            FamilySituation = "Marié",
            Profession = "Architecte",
            SocioProfessionalCode = "31",
        })
        {
            IsResident = true,
        };
        var hugo = new Student("Dupont", "Hugo", new DateOnly(2011, 1, 19), Civility.Monsieur)
        {
            SchoolLevel = "Seconde",
            SchoolName = "Lycée Jacques Prévert, Boulogne-Billancourt",
            Nationality = "Française",
            ImageRights = true,
            MayLeaveAlone = true,
        };
        boulogneDupont.AddStudent(hugo);

        foreach (var family in new[] { dupont, martin, boulogneDupont })
        {
            family.AccountId = await CreateAccountAsync(
                AppUser.FamilyUserName(family.SiteId, family.Identifier),
                family.Guardian1.Email,
                ParentPassword);
            db.Families.Add(family);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DemoFamilies(dupont, lucas, emma, martin, chloe, boulogneDupont, hugo);
    }

    private async Task<string> CreateAccountAsync(string userName, string email, string password)
    {
        // Set as an import from the management system would: the documented demo passwords predate the
        // recommended rule, which applies when a person chooses a password.
        var user = new AppUser { UserName = userName, Email = email, EmailConfirmed = true };
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {userName} was refused: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        return user.Id;
    }

    private sealed record DemoSites(Site Boulogne, Site Meudon, Site Sevres)
    {
        public IEnumerable<Site> All => [Boulogne, Meudon, Sevres];
    }

    private sealed record DemoFamilies(
        Family MeudonDupont,
        Student Lucas,
        Student Emma,
        Family Martin,
        Student Chloe,
        Family BoulogneDupont,
        Student Hugo);
}
