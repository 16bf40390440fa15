using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>
/// The "Documents fournis" tab: the files given for this student, read only. Uploading and
/// replacing them belongs to the re-enrolment's documents step.
/// </summary>
public class DocumentsModel(ReinscriptionDbContext db) : PageModel
{
    public StudentTabs Tabs { get; private set; } = null!;

    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        // A handful of siblings and documents: one round trip is cheaper than splitting the query.
        var student = await db.StudentsOf(User.RequiredFamilyId()).AsNoTracking().AsSingleQuery()
            .Where(s => s.Id == id)
            .Select(s => new
            {
                Students = s.Family!.Students.OrderBy(o => o.BirthDate).ThenBy(o => o.Id)
                    .Select(o => new StudentChoice(o.Id, o.LastName, o.FirstName)).ToList(),

                // Names and sizes only: the files' bytes stay in the database.
                Documents = db.SubmittedDocuments.Where(d => d.StudentId == s.Id)
                    .OrderByDescending(d => d.UploadedAt).ThenBy(d => d.Id)
                    .Select(d => new DocumentRow(
                        d.Requirement!.Name, d.File!.FileName, d.UploadedAt, d.File.SizeBytes, d.State, d.RefusalReason))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (student is null)
        {
            return NotFound();
        }

        Tabs = new StudentTabs(id, student.Students, StudentTab.Documents);
        Documents = student.Documents;
        return Page();
    }

    public sealed record DocumentRow(
        string Requirement,
        string FileName,
        DateTimeOffset UploadedAt,
        int SizeBytes,
        DocumentState State,
        string? RefusalReason)
    {
        private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

        public string Date => ParisTime.FormatDate(UploadedAt);

        public string Time => ParisTime.ToLocal(UploadedAt).ToString("HH:mm", French);

        /// <summary>"0,25": megabytes with a French decimal comma, as the size limit is announced.</summary>
        public string SizeMegabytes => (SizeBytes / (1024m * 1024m)).ToString("0.00", French);

        public string StateLabel => State switch
        {
            DocumentState.ToProvide => "À fournir",
            DocumentState.Provided => "Fourni, en attente de validation",
            DocumentState.Validated => "Validé",
            DocumentState.Refused => $"Refusé : {RefusalReason}",
            _ => State.ToString(),
        };
    }
}
