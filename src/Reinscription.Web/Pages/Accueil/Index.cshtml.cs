using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Accueil;

/// <summary>The family's home: greeting, students, open campaigns, the site's welcome and contact.</summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public HomeView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var familyId = User.RequiredFamilyId();
        var now = clock.GetUtcNow();
        var family = await db.Families.AsNoTracking()
            .Where(f => f.Id == familyId)
            .Select(f => new
            {
                f.Guardian1,
                Students = f.Students.OrderBy(s => s.BirthDate).Select(s => new { s.Id, s.LastName, s.FirstName }).ToList(),
                f.Site,
                Deadlines = db.Campaigns.Where(c => c.SiteId == f.SiteId && c.OpensAt <= now && c.ClosesAt > now)
                    .Select(c => c.ClosesAt).ToList(),
            })
            .SingleAsync(cancellationToken);
        var site = family.Site!;
        View = new HomeView(
            family.Guardian1.FormalName,
            [.. family.Students.Select(s => new StudentLine(s.Id, Student.FullNameOf(s.LastName, s.FirstName)))],
            site.ConservatoryName,
            site.WelcomeText,
            site.PrivacyNotice,
            $"{site.Address} - {site.PostalCode} {site.Town}",
            site.Phone,
            site.Email,
            family.Deadlines)
        {
            TariffGridUrl = site.TariffGridUrl,
            FormsPageUrl = site.FormsPageUrl,
        };
    }

    public sealed record HomeView(
        string Greeting,
        IReadOnlyList<StudentLine> Students,
        string ConservatoryName,
        string WelcomeText,
        string PrivacyNotice,
        string Address,
        string Phone,
        string Email,
        IReadOnlyList<DateTimeOffset> OpenCampaignsClosingAt)
    {
        public string? TariffGridUrl { get; init; }

        public string? FormsPageUrl { get; init; }

        public IEnumerable<string> CampaignDeadlines => OpenCampaignsClosingAt.Select(ParisTime.Format);
    }

    public sealed record StudentLine(int Id, string Name);
}
