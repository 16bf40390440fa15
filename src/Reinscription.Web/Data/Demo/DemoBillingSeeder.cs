using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Domain.Staff;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Billing;

namespace Reinscription.Web.Data.Demo;

/// <summary>
/// The billing season on top of the demo territory: four more Meudon families whose requests and
/// income documents staff have validated (a CAF quotient, a tax notice, a non-resident, a family
/// without proof of address), three of them and the Duponts paying by SEPA, and their 2026-2027
/// invoices generated as staff would. Loaded once, after <see cref="DemoSeeder"/>, when Demo:Seed is set;
/// the tests that need it ask for it, the others keep the smaller territory.
/// </summary>
public sealed class DemoBillingSeeder(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    InvoiceGeneration generation,
    TimeProvider clock)
{
    private const long SeedLockKey = 0x5EED_2027;

    private static readonly byte[] DemoPdf = "%PDF-1.4\n% document de démonstration\n%%EOF\n"u8.ToArray();

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        int siteId;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", cancellationToken);
            var campaign = await db.Campaigns.Include(c => c.Site).Include(c => c.TargetSchoolYear)
                .SingleOrDefaultAsync(c => c.Site!.Name == "Meudon", cancellationToken);
            if (campaign is null || await db.Families.AnyAsync(f => f.Identifier == "bernard1", cancellationToken))
            {
                return;
            }

            siteId = campaign.SiteId;
            campaign.AsksPaymentTerms = true;
            var dupont = await db.Families.SingleAsync(f => f.SiteId == siteId && f.Identifier == "dupont1", cancellationToken);
            dupont.PayBySepa("Claire Dupont", Iban.Parse("FR7630006000011234567890189"), new DateOnly(2025, 9, 15));
            await AddFamiliesAsync(campaign, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        await generation.GenerateAsync(siteId, AuditActor.System("Données de démonstration"), cancellationToken);
    }

    private async Task AddFamiliesAsync(ReenrollmentCampaign campaign, CancellationToken cancellationToken)
    {
        var siteId = campaign.SiteId;
        var courses = await db.Courses.Include(c => c.SchoolYear).Include(c => c.Discipline)
            .Where(c => c.SiteId == siteId && (c.SchoolYear!.IsCurrent || c.SchoolYearId == campaign.TargetSchoolYearId))
            .ToListAsync(cancellationToken);
        Course Current(string name) => courses.First(c => c.SchoolYear!.IsCurrent && c.Name == name);
        var nextFm = courses.Single(c => c.SchoolYearId == campaign.TargetSchoolYearId && c.Name == "FM 2.1 (21)");
        var requirements = await db.DocumentRequirements
            .Where(r => r.SiteId == siteId && r.SchoolYearId == campaign.TargetSchoolYearId).ToListAsync(cancellationToken);
        var addressProof = requirements.Where(r => r.Kind == DocumentKind.AddressProof).MinBy(r => r.SortOrder)!;
        var caf = requirements.Single(r => r.Kind == DocumentKind.CafAttestation);
        var taxNotice = requirements.Where(r => r.Kind == DocumentKind.TaxNotice).MinBy(r => r.SortOrder)!;
        var secretariat = await db.StaffMembers.Where(s => s.SiteRoles.Any(r => r.SiteId == siteId && r.Role == StaffRole.Secretariat))
            .Select(s => s.Id).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();

        var bernard = await FamilyAsync(siteId, "bernard1", "Sophie", "Bernard", Civility.Madame, "8 rue des Vignes", "92190", "Meudon", resident: true);
        var lea = Child(bernard, "Bernard", "Léa", new DateOnly(2011, 2, 8));
        var tom = Child(bernard, "Bernard", "Tom", new DateOnly(2014, 10, 3), Civility.Monsieur);
        var petit = await FamilyAsync(siteId, "petit1", "Marc", "Petit", Civility.Monsieur, "21 avenue du Château", "92190", "Meudon", resident: true);
        var jules = Child(petit, "Petit", "Jules", new DateOnly(2013, 5, 27), Civility.Monsieur);
        var moreau = await FamilyAsync(siteId, "moreau1", "Nadia", "Moreau", Civility.Madame, "40 rue Lecourbe", "75015", "Paris", resident: false);
        var zoe = Child(moreau, "Moreau", "Zoé", new DateOnly(2016, 12, 1));
        var roux = await FamilyAsync(siteId, "roux1", "Paul", "Roux", Civility.Monsieur, "3 sentier des Pierres", "92190", "Meudon", resident: true);
        var ines = Child(roux, "Roux", "Inès", new DateOnly(2009, 7, 14));
        await db.SaveChangesAsync(cancellationToken);

        bernard.PayBySepa("Sophie Bernard", Iban.Parse("FR1420041010050500013M02606"), new DateOnly(2024, 9, 10));
        petit.PayBySepa("Marc Petit", Iban.Parse("DE89370400440532013000"), new DateOnly(2026, 6, 2));
        moreau.PayBySepa("Nadia Moreau", Iban.Parse("BE68539007547034"), new DateOnly(2026, 6, 20));

        void Validated(Family family, DocumentRequirement requirement, string fileName, int? quotient = null, TaxNoticeFigures? tax = null)
        {
            var document = new SubmittedDocument(requirement.Id, family.Id, null, new StoredFile(fileName, "application/pdf", DemoPdf), now.AddDays(-20));
            document.Validate(secretariat, now.AddDays(-10), quotient, tax);
            db.SubmittedDocuments.Add(document);
        }

        Validated(bernard, addressProof, "facture-edf.pdf");
        Validated(bernard, caf, "attestation-caf.pdf", quotient: 712);
        Validated(petit, addressProof, "quittance.pdf");
        Validated(petit, taxNotice, "avis-imposition.pdf", tax: new TaxNoticeFigures(41_400m, 2.5m));

        var fm = Current("FM 2.1 (21)");
        await RequestAsync(campaign, lea, cancellationToken, (Current("Piano"), null), (fm, nextFm));
        await RequestAsync(campaign, tom, cancellationToken, (Current("Danse classique 1C2"), null));
        var julesRequest = await RequestAsync(campaign, jules, cancellationToken, (Current("Violoncelle"), null), (Current("Orchestre E. Chabrier - cordes 2e C"), null));
        julesRequest.InstrumentRental = "Violoncelle 3/4";
        await RequestAsync(campaign, zoe, cancellationToken, (Current("Danse classique 1C2"), null));
        await RequestAsync(campaign, ines, cancellationToken, (Current("Orchestre E. Chabrier - cordes 2e C"), null));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A request as it stands once the family sent it and staff validated it, its chosen slots taken.</summary>
    private async Task<ReenrollmentRequest> RequestAsync(
        ReenrollmentCampaign campaign, Student student, CancellationToken cancellationToken, params (Course Now, Course? Next)[] courses)
    {
        var request = new ReenrollmentRequest(campaign.Id, student.Id);
        request.ChooseToReenrol();
        foreach (var (now, next) in courses)
        {
            var enrollment = new Enrollment(student.Id, now.Id);
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync(cancellationToken);
            var choice = new CourseChoice(enrollment.Id, continues: true, next?.Id);
            if (next is not null)
            {
                next.TakeSeat();
                db.Enrollments.Add(new Enrollment(student.Id, next.Id));
            }

            request.AddChoice(choice);
        }

        var at = clock.GetUtcNow().AddDays(-5);
        request.ImageRights = true;
        request.MayLeaveAlone = true;
        request.Submit(at);
        request.Validate();
        db.ReenrollmentRequests.Add(request);
        return request;
    }

    private async Task<Family> FamilyAsync(
        int siteId, string identifier, string firstName, string lastName, Civility civility, string address, string postalCode, string town, bool resident)
    {
        var family = new Family(siteId, identifier, new Guardian
        {
            Civility = civility,
            LastName = lastName,
            FirstName = firstName,
            Address = address,
            PostalCode = postalCode,
            Town = town,
            MobilePhone = "06 00 00 00 00",
            Email = $"{identifier}@example.org",
        })
        {
            IsResident = resident,
        };
        var user = new AppUser
        {
            UserName = AppUser.FamilyUserName(siteId, family.Identifier),
            Email = family.Guardian1.Email,
            EmailConfirmed = true,
        };
        // Set as DemoSeeder sets the documented demo passwords: as an import would, before any rule.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, DemoSeeder.ParentPassword);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {identifier} was refused: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        family.AccountId = user.Id;
        db.Families.Add(family);
        return family;
    }

    private static Student Child(Family family, string lastName, string firstName, DateOnly birthDate, Civility civility = Civility.Madame)
    {
        var student = new Student(lastName, firstName, birthDate, civility) { ImageRights = true, MayLeaveAlone = true };
        family.AddStudent(student);
        return student;
    }
}

public static class DemoBillingData
{
    public static async Task SeedDemoBillingAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<DemoBillingSeeder>(scope.ServiceProvider).SeedAsync(cancellationToken);
    }
}
