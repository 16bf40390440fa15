using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Data;

namespace Reinscription.RequestsBench;

/// <summary>
/// One site in the middle of its campaign, through the domain's constructors: N students in families of one
/// to three, each enrolled this year in FM and an instrument, and a request at every stage in proportions a
/// secretariat sees in May; the Meudon list of documents, with files provided, validated and refused.
/// </summary>
public static class Seed
{
    private static readonly string[] LastNames =
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
         "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre"];

    private static readonly string[] FirstNames =
        ["Léa", "Hugo", "Chloé", "Lucas", "Emma", "Louis", "Zoé", "Gabriel", "Inès", "Jules", "Élise", "Noé", "Jade", "Raphaël"];

    private static readonly string[] Instruments = ["Violon", "Violoncelle", "Piano", "Flûte traversière", "Clarinette", "Guitare"];

    public sealed record Result(int StaffId, int CampaignId, int FmDisciplineId, int SlotId);

    public static async Task<Result> RunAsync(ReinscriptionDbContext db, int studentCount, DateTimeOffset now)
    {
        var random = new Random(2026);
        var site = new Site("Banc des demandes", "Conservatoire du banc des demandes");
        site.ChangeContact(new SiteContact("1 place de la Mairie", "92190", "Meudon", "01 00 00 00 00", "banc@example.org"));
        var current = new SchoolYear(2025);
        current.MakeCurrent();
        var next = new SchoolYear(2026);
        db.AddRange(site, current, next);
        await db.SaveChangesAsync();

        var staff = new StaffMember("secretariat.banc@example.org", "Secrétariat du banc");
        staff.Grant(site.Id, StaffRole.Secretariat);
        var fm = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
        var dance = new Discipline(site.Id, "Danse", DisciplineKind.Dance);
        var instruments = Instruments.Select(name => new Discipline(site.Id, name, DisciplineKind.Instrument)).ToList();
        db.AddRange(staff, fm, dance);
        db.AddRange(instruments);
        var campaign = new ReenrollmentCampaign(site.Id, next.Id, now.AddDays(-20), now.AddDays(30), now.AddDays(60));
        db.Add(campaign);
        await db.SaveChangesAsync();

        var fmNow = Enumerable.Range(1, 8).Select(i => new Course(site.Id, current.Id, fm.Id, $"FM {i}", studentCount, ChoiceMode.FamilyChooses)).ToList();
        var instrumentNow = instruments.Select(d => new Course(site.Id, current.Id, d.Id, d.Name, studentCount, ChoiceMode.Assigned)).ToList();
        var danceNow = new Course(site.Id, current.Id, dance.Id, "Danse classique", studentCount, ChoiceMode.Assigned);
        var slots = Enumerable.Range(1, 12).Select(i =>
        {
            var slot = new Course(site.Id, next.Id, fm.Id, $"FM 2.{i % 4} ({30 + i})", studentCount, ChoiceMode.FamilyChooses);
            slot.ScheduleOn((DayOfWeek)(1 + (i % 6)), new TimeOnly(17, 0), new TimeOnly(18, 30));
            return slot;
        }).ToList();
        var instrumentNext = instruments.Select(d => new Course(site.Id, next.Id, d.Id, d.Name, studentCount, ChoiceMode.Assigned)).ToList();
        db.AddRange([.. fmNow, .. instrumentNow, danceNow, .. slots, .. instrumentNext]);
        var requirements = AddRequirements(db, site, next, dance);
        await db.SaveChangesAsync();

        // Families of one to three students, saved in chunks so the change tracker stays small.
        var made = 0;
        while (made < studentCount)
        {
            var families = new List<Family>();
            for (var f = 0; f < 300 && made < studentCount; f++)
            {
                var name = LastNames[random.Next(LastNames.Length)];
                var family = new Family(site.Id, $"{Ascii(name)}{made}", new Guardian
                {
                    Civility = Civility.Madame, LastName = name, FirstName = "Anne", Address = "3 rue des Lilas", PostalCode = "92190",
                    Town = "Meudon", Email = $"famille{made}@example.org",
                })
                {
                    IsResident = random.Next(4) > 0,
                    PaysBySepa = random.Next(3) == 0,
                };
                for (var s = 0; s < 1 + random.Next(3) && made < studentCount; s++, made++)
                {
                    family.AddStudent(new Student(name, FirstNames[random.Next(FirstNames.Length)], new DateOnly(2010 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28)), Civility.Madame));
                }

                families.Add(family);
            }

            db.Families.AddRange(families);
            await db.SaveChangesAsync();
            foreach (var family in families)
            {
                AddDocuments(db, random, family, requirements, staff.Id, now);
                foreach (var student in family.Students)
                {
                    var fmEnrolment = new Enrollment(student.Id, fmNow[random.Next(fmNow.Count)].Id);
                    var other = random.Next(10) == 0 ? danceNow : instrumentNow[random.Next(instrumentNow.Count)];
                    db.Enrollments.AddRange(fmEnrolment, new Enrollment(student.Id, other.Id));
                }
            }

            // Requests need the enrolment ids: they are made once the enrolments are saved.
            await db.SaveChangesAsync();
            await AddRequestsAsync(db, random, campaign, families, slots, instrumentNext, now);
            db.ChangeTracker.Clear();
        }

        // Seats as the enrolments took them (the bench does not go through the validation's UPDATEs).
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "Courses" c SET "SeatsTaken" = (SELECT count(*) FROM "Enrollments" e WHERE e."CourseId" = c."Id")
            WHERE c."SchoolYearId" = {next.Id}
            """);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return new Result(staff.Id, campaign.Id, fm.Id, slots[0].Id);
    }

    /// <summary>
    /// Stages in a May's proportions: 8 % no request, 4 % opened without choosing, 15 % drafts, 45 % submitted,
    /// 18 % validated, 4 % refused, 6 % leaving.
    /// </summary>
    private static async Task AddRequestsAsync(
        ReinscriptionDbContext db,
        Random random,
        ReenrollmentCampaign campaign,
        List<Family> families,
        List<Course> slots,
        List<Course> instrumentNext,
        DateTimeOffset now)
    {
        var studentIds = families.SelectMany(f => f.Students).Select(s => s.Id).ToList();
        var fmEnrolments = await db.Enrollments
            .Where(e => studentIds.Contains(e.StudentId) && e.Course!.DisciplineId == slots[0].DisciplineId)
            .ToDictionaryAsync(e => e.StudentId, e => e.Id);
        foreach (var studentId in studentIds)
        {
            var roll = random.Next(100);
            if (roll < 8)
            {
                continue;
            }

            var request = new ReenrollmentRequest(campaign.Id, studentId);
            db.ReenrollmentRequests.Add(request);
            if (roll < 12)
            {
                continue;
            }

            if (roll >= 94)
            {
                request.DeclineReenrolment(now.AddMinutes(-random.Next(20_000)));
                continue;
            }

            request.ChooseToReenrol();
            request.ImageRights = random.Next(5) > 0;
            request.MayLeaveAlone = random.Next(2) == 0;
            if (random.Next(4) == 0)
            {
                request.ChangeWishes(new RequestWishes(FirstInstrumentWish: "Alto", SecondInstrumentWish: "Violon"));
            }

            var slot = slots[random.Next(slots.Count)];
            request.AddChoice(new CourseChoice(fmEnrolments[studentId], true, slot.Id));
            if (roll < 27)
            {
                continue;
            }

            request.Submit(now.AddMinutes(-random.Next(20_000)));
            db.Enrollments.Add(new Enrollment(studentId, slot.Id));
            if (random.Next(3) == 0)
            {
                db.Enrollments.Add(new Enrollment(studentId, instrumentNext[random.Next(instrumentNext.Count)].Id));
            }

            if (roll >= 72 && roll < 90)
            {
                request.Validate();
            }
            else if (roll >= 90)
            {
                request.Refuse("Dossier incomplet");
            }
        }

        await db.SaveChangesAsync();
    }

    private static List<DocumentRequirement> AddRequirements(ReinscriptionDbContext db, Site site, SchoolYear year, Discipline dance)
    {
        var order = 0;
        DocumentRequirement Line(RequirementScope scope, string name, RequirementCondition condition, DocumentKind kind) =>
            new(site.Id, year.Id, scope, name, condition, kind) { SortOrder = ++order };
        var medical = Line(RequirementScope.Student, "Certificat médical DANSE", RequirementCondition.Discipline, DocumentKind.MedicalCertificate);
        medical.RequireDiscipline(dance.Id);
        var mandate = Line(RequirementScope.Family, "Mandat de prélèvement SEPA", RequirementCondition.SepaPayment, DocumentKind.SepaMandate);
        mandate.KeepValidFor(36);
        List<DocumentRequirement> requirements =
        [
            Line(RequirementScope.Family, "Justificatif de domicile de moins de 3 mois", RequirementCondition.Always, DocumentKind.AddressProof),
            Line(RequirementScope.Family, "Attestation CAF avec quotient familial", RequirementCondition.ResidentsOnly, DocumentKind.CafAttestation),
            Line(RequirementScope.Family, "Avis d'imposition responsable 1", RequirementCondition.ResidentsOnly, DocumentKind.TaxNotice),
            Line(RequirementScope.Family, "Avis d'imposition responsable 2 (facultatif)", RequirementCondition.Optional, DocumentKind.TaxNotice),
            Line(RequirementScope.Family, "RIB pour prélèvement SEPA", RequirementCondition.SepaPayment, DocumentKind.BankDetails),
            mandate,
            Line(RequirementScope.Family, "Attestation d'hébergement (si justifié)", RequirementCondition.Hosted, DocumentKind.Other),
            medical,
        ];
        db.DocumentRequirements.AddRange(requirements);
        return requirements;
    }

    /// <summary>Each family line a family owes: a third validated, a third provided, a tenth refused, the rest missing.</summary>
    private static void AddDocuments(ReinscriptionDbContext db, Random random, Family family, List<DocumentRequirement> requirements, int staffId, DateTimeOffset now)
    {
        foreach (var requirement in requirements.Where(r => r.Scope == RequirementScope.Family))
        {
            var roll = random.Next(30);
            if (roll >= 23)
            {
                continue;
            }

            var document = new SubmittedDocument(requirement.Id, family.Id, null, new StoredFile("piece.pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46]), now.AddDays(-random.Next(20)));
            if (roll < 10)
            {
                document.Validate(staffId, now);
            }
            else if (roll < 13)
            {
                document.Refuse(staffId, "Illisible", now);
            }

            db.SubmittedDocuments.Add(document);
        }
    }

    private static string Ascii(string name) => new([.. name.ToLowerInvariant().Where(char.IsAsciiLetter)]);
}
