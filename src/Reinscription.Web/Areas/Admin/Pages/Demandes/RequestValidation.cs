using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Courses;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// Staff's "Valider", for one request or many: in one transaction, each request's row locked
/// (<c>FOR UPDATE</c>, in id order) so that two clicks take turns and the second finds it decided; the
/// student's pending change (the contact details typed at step 1) accepted onto the record, the
/// authorisations written to it, the status set, a mail to both guardians and an audit line each.
/// </summary>
public sealed class RequestValidation(ReinscriptionDbContext db, ClaimsPrincipal user, DateTimeOffset now)
{
    public const string RecordType = "Demande";
    public const string ValidatedAction = "request.validated";

    /// <summary>The submitted re-enrolments of a campaign whose documents are all validated: what bulk validation validates.</summary>
    public static IQueryable<ReenrollmentRequest> ReadyToValidate(ReinscriptionDbContext db, CampaignScope campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(campaign);
        var documents = db.StudentDocuments(campaign.SiteId, campaign.TargetSchoolYearId, now);
        return db.ReenrollmentRequests.AsNoTracking().AwaitingDecision()
            .Where(r => r.CampaignId == campaign.Id && !documents.Any(d => d.StudentId == r.StudentId && d.HasUnsettled));
    }

    /// <summary>Validates those of <paramref name="requestIds"/> still waiting for a decision; returns how many were.</summary>
    public async Task<int> ValidateAsync(IReadOnlyCollection<int> requestIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestIds);
        var ids = requestIds.Order().ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var requests = (await db.ReenrollmentRequests
                .FromSql($"""SELECT * FROM "ReenrollmentRequests" WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR UPDATE""")
                .ToListAsync(cancellationToken))
            .Where(r => RequestStages.Of(r) == RequestStage.Submitted)
            .ToList();
        if (requests.Count == 0)
        {
            return 0;
        }

        var studentIds = requests.Select(r => r.StudentId).ToArray();
        var students = await db.Students.Include(s => s.Family).ThenInclude(f => f!.Site)
            .Where(s => studentIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        // Locked too: staff accepting the same change from the pending-changes page wait, then find it decided.
        var changes = await db.PendingChanges
            .FromSql($"""
                      SELECT * FROM "PendingChanges"
                      WHERE "StudentId" = ANY({studentIds}) AND "Subject" = {nameof(ChangeSubject.Student)} AND "Status" = {nameof(ChangeStatus.Pending)}
                      ORDER BY "Id" FOR UPDATE
                      """)
            .ToDictionaryAsync(c => c.StudentId!.Value, cancellationToken);
        var campaignIds = requests.Select(r => r.CampaignId).Distinct().ToList();
        var years = await db.Campaigns.AsNoTracking()
            .Where(c => campaignIds.Contains(c.Id))
            .Select(c => new { c.Id, c.TargetSchoolYearId, c.TargetSchoolYear!.StartYear })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var yearIds = years.Values.Select(y => y.TargetSchoolYearId).ToList();
        var enrolments = (await db.Enrollments.AsNoTracking()
                .Where(e => studentIds.Contains(e.StudentId) && yearIds.Contains(e.Course!.SchoolYearId))
                .Select(e => new { e.StudentId, e.Course!.SchoolYearId, Discipline = e.Course.Discipline!.Name, e.Course })
                .ToListAsync(cancellationToken))
            .OrderBy(e => e.Discipline)
            .ToLookup(e => (e.StudentId, e.SchoolYearId), e => $"{e.Discipline} : {e.Course!.SlotLabel}");

        var staffId = user.RequiredStaffId();
        foreach (var request in requests)
        {
            var student = students[request.StudentId];
            var family = student.Family!;
            var year = years[request.CampaignId];
            var yearLabel = SchoolYear.LabelOf(year.StartYear);
            var before = StudentDetails.From(student);
            var change = changes.GetValueOrDefault(student.Id);
            change?.AcceptOnto(family, student, staffId, now);
            request.ValidateFor(student);

            var after = StudentDetails.From(student);
            db.Audit(
                user,
                now,
                family.SiteId,
                ValidatedAction,
                RecordType,
                request.Id,
                $"Réinscription de {student.FullName} pour {yearLabel} validée"
                + (change is null ? "." : " ; modification de la fiche de l'élève acceptée."),
                AuditLog.Diff(before.Fields.Zip(after.Fields, (b, a) => (b.Label, (object?)b.Value, (object?)a.Value))
                    .Prepend(("Statut", RequestLabels.Of(RequestStage.Submitted), RequestLabels.Of(RequestStage.Validated)))));
            DecisionMails.Queue(
                db,
                DecisionMails.Validated(family, student, yearLabel, [.. enrolments[(student.Id, year.TargetSchoolYearId)]], change is not null),
                now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return requests.Count;
    }
}
