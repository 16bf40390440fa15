using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;

namespace Reinscription.Web.Rgpd;

/// <summary>
/// A family's data as one ZIP (RGPD right of access and portability): <c>donnees.json</c> with every
/// record the app keeps about the family, its students and its account, and each file it provided
/// under <c>documents/</c>. The same export for the family ("Mes données") and for staff.
/// </summary>
public sealed class FamilyDataExport(ReinscriptionDbContext db)
{
    public const string JsonEntry = "donnees.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The ZIP of <paramref name="familyId"/>; the caller has checked who may read it.</summary>
    public async Task<ExportFile> BuildAsync(int familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().Include(f => f.Site).SingleAsync(f => f.Id == familyId, cancellationToken);
        var students = await db.StudentsOf(familyId).AsNoTracking().OrderBy(s => s.BirthDate).ToListAsync(cancellationToken);
        var enrolments = await db.Enrollments.AsNoTracking()
            .Where(e => e.Student!.FamilyId == familyId)
            .OrderBy(e => e.Course!.SchoolYear!.StartYear).ThenBy(e => e.Course!.Name)
            .Select(e => new
            {
                e.StudentId,
                SchoolYear = e.Course!.SchoolYear!.StartYear,
                Course = e.Course.Name,
                Discipline = e.Course.Discipline!.Name,
                Cycle = e.Course.Cycle == null ? null : e.Course.Cycle.Code,
                e.Course.Day,
                e.Course.StartsAt,
                e.Course.EndsAt,
                e.Course.Teacher,
                e.Course.Room,
                e.IsActive,
            })
            .ToListAsync(cancellationToken);
        var repertoire = await db.RepertoirePieces.AsNoTracking().Where(p => p.Student!.FamilyId == familyId)
            .Select(p => new { p.StudentId, SchoolYear = p.SchoolYear!.StartYear, p.Title, p.Composer, p.DisciplineName })
            .ToListAsync(cancellationToken);
        var requests = await db.ReenrollmentRequests.AsNoTracking().Where(r => r.Student!.FamilyId == familyId)
            .Select(r => new
            {
                r.StudentId,
                SchoolYear = r.Campaign!.TargetSchoolYear!.StartYear,
                r.Wish,
                r.Status,
                r.CurrentStep,
                r.ImageRights,
                r.MayLeaveAlone,
                r.OtherConservatory,
                r.Siblings,
                r.FirstInstrumentWish,
                r.SecondInstrumentWish,
                r.CollectivePracticeWish,
                r.NewDisciplines,
                r.TermsAcceptedAt,
                r.SubmittedAt,
                r.RefusalReason,
                Choices = r.Choices.Select(c => new
                {
                    Current = c.CurrentEnrollment!.Course!.Name,
                    c.Continues,
                    Chosen = c.ChosenCourse == null ? null : c.ChosenCourse.Name,
                    c.SeatTaken,
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var changes = await db.PendingChanges.AsNoTracking().Where(c => c.FamilyId == familyId).OrderBy(c => c.RequestedAt)
            .Select(c => new { c.StudentId, c.Subject, c.RequestedAt, c.Status, c.DecidedAt, c.RejectionReason, c.ProposedValuesJson })
            .ToListAsync(cancellationToken);
        var documents = await db.SubmittedDocuments.AsNoTracking().Where(d => d.FamilyId == familyId).OrderBy(d => d.UploadedAt)
            .Select(d => new
            {
                d.Id,
                d.StudentId,
                Requirement = d.Requirement!.Name,
                SchoolYear = d.Requirement.SchoolYear!.StartYear,
                d.FileId,
                d.File!.FileName,
                d.File.ContentType,
                d.File.SizeBytes,
                d.UploadedAt,
                d.State,
                d.RefusalReason,
                d.ReviewedAt,
            })
            .ToListAsync(cancellationToken);
        var invoices = await db.InvoicesOf(familyId).AsNoTracking().OrderBy(i => i.IssuedOn)
            .Select(i => new
            {
                i.Number,
                i.Kind,
                SchoolYear = i.SchoolYear!.StartYear,
                i.IssuedOn,
                Lines = i.Lines.Select(l => new { l.Label, l.Amount, l.StudentId }).ToList(),
                Instalments = i.Instalments.Select(x => new { x.DueOn, x.Amount }).ToList(),
                Payments = i.Payments.Select(p => new { p.PaidOn, p.Amount, p.Method }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == family.AccountId)
            .Select(u => new { u.UserName, u.Email, u.PrefersLargerText, u.PrefersHighContrast, HasPassword = u.PasswordHash != null })
            .SingleOrDefaultAsync(cancellationToken);

        string PathOf(int documentId, string fileName) => $"documents/{documentId}-{fileName}";
        var data = new
        {
            ExportedAt = now,
            Site = family.Site!.ConservatoryName,
            Family = new
            {
                family.Identifier,
                family.Guardian1,
                family.Guardian2,
                family.IsResident,
                family.PaysBySepa,
                family.IsHosted,
            },
            Account = account,
            Students = students.Select(s => new
            {
                s.Id,
                s.Civility,
                s.LastName,
                s.FirstName,
                s.BirthDate,
                s.BirthPlace,
                s.UsesGuardianContact,
                s.Address,
                s.PostalCode,
                s.Town,
                s.HomePhone,
                s.MobilePhone,
                s.Email,
                s.SchoolLevel,
                s.SchoolName,
                s.Nationality,
                s.ImageRights,
                s.MayLeaveAlone,
                s.EmergencyContactName,
                s.EmergencyContactPhone,
                Enrolments = enrolments.Where(e => e.StudentId == s.Id),
                Repertoire = repertoire.Where(p => p.StudentId == s.Id),
                ReenrolmentRequests = requests.Where(r => r.StudentId == s.Id),
            }),
            IdentityChanges = changes.Select(c => new
            {
                c.StudentId,
                c.Subject,
                c.RequestedAt,
                c.Status,
                c.DecidedAt,
                c.RejectionReason,
                ProposedValues = JsonDocument.Parse(c.ProposedValuesJson).RootElement,
            }),
            Documents = documents.Select(d => new
            {
                d.StudentId,
                d.Requirement,
                d.SchoolYear,
                File = PathOf(d.Id, d.FileName),
                d.ContentType,
                d.SizeBytes,
                d.UploadedAt,
                d.State,
                d.RefusalReason,
                d.ReviewedAt,
            }),
            Invoices = invoices,
        };

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            // The archive is in memory: its streams never wait, so they are written synchronously.
            using (var entry = archive.CreateEntry(JsonEntry).Open())
            {
                JsonSerializer.Serialize(entry, data, Json);
            }

            // One file at a time: a family's files may weigh tens of megabytes together.
            foreach (var document in documents)
            {
                var content = await db.StoredFiles.AsNoTracking().Where(f => f.Id == document.FileId)
                    .Select(f => f.Content).SingleAsync(cancellationToken);
                using var entry = archive.CreateEntry(PathOf(document.Id, document.FileName), CompressionLevel.NoCompression).Open();
                entry.Write(content);
            }
        }

        return new ExportFile(zip.ToArray(), $"donnees-{family.Identifier}-{ParisTime.Today(now):yyyyMMdd}.zip", family.SiteId, family.Identifier);
    }
}

public sealed record ExportFile(byte[] Content, string FileName, int SiteId, string Identifier);
