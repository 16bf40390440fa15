using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Demo;

namespace Reinscription.ColdStart;

/// <summary>A demo student whose family can sign in and whose request waits at step 4.</summary>
public sealed record Student(int SiteId, string FamilyIdentifier, int StudentId);

/// <summary>
/// The demo data's Meudon families (open campaign, classic password rule): every student not yet re-enrolled
/// gets a draft request at step 4, written before the measured process starts, so that the Réinscription tab
/// and the courses step are the pages a parent sees in the opening minute.
/// </summary>
public static class DemoFamilies
{
    public const string Password = DemoSeeder.ParentPassword;

    public static async Task<IReadOnlyList<Student>> AtStepFourAsync(string connectionString)
    {
        await using var db = new ReinscriptionDbContext(
            new DbContextOptionsBuilder<ReinscriptionDbContext>().UseNpgsql(connectionString).Options);
        var now = DateTimeOffset.UtcNow;
        var campaign = await db.Campaigns.Include(c => c.Site)
            .SingleAsync(c => c.Site!.Name == "Meudon" && c.OpensAt <= now && c.ClosesAt > now);
        var students = await db.Students.AsNoTracking()
            .Where(s => s.Family!.SiteId == campaign.SiteId && db.Enrollments.Any(e => e.StudentId == s.Id))
            .Select(s => new { s.Id, s.Family!.Identifier })
            .ToListAsync();
        var result = new List<Student>();
        foreach (var student in students.OrderBy(s => s.Id))
        {
            var request = await db.ReenrollmentRequests.SingleOrDefaultAsync(r => r.CampaignId == campaign.Id && r.StudentId == student.Id);
            if (request is null)
            {
                request = new ReenrollmentRequest(campaign.Id, student.Id);
                db.ReenrollmentRequests.Add(request);
            }

            if (!request.IsEditable)
            {
                continue;
            }

            request.ChooseToReenrol();
            request.ReachStep(4);
            result.Add(new Student(campaign.SiteId, student.Identifier, student.Id));
        }

        await db.SaveChangesAsync();
        return result;
    }
}
