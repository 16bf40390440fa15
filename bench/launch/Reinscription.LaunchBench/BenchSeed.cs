using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.LaunchBench;

/// <summary>
/// The benchmark's territory, straight into PostgreSQL: this year and next, and per site a campaign open
/// for two months and N families with an e-mail address and no account yet (as an import leaves them).
/// </summary>
public sealed class BenchSeed(string connectionString)
{
    public const string StaffEmail = "secretariat.banc@example.org";
    public const string StaffPassword = "Personnel2026";

    private DbContextOptions<ReinscriptionDbContext> Options => new DbContextOptionsBuilder<ReinscriptionDbContext>().UseNpgsql(connectionString).Options;

    public async Task AddYearsAsync()
    {
        await using var db = new ReinscriptionDbContext(Options);
        var current = new SchoolYear(2025);
        current.MakeCurrent();
        db.SchoolYears.AddRange(current, new SchoolYear(2026));
        await db.SaveChangesAsync();
    }

    /// <summary>A site, its open campaign and <paramref name="families"/> families written by binary COPY.</summary>
    public async Task<int> AddSiteAsync(string name, int families)
    {
        await using var db = new ReinscriptionDbContext(Options);
        var site = new Site(name, $"Conservatoire {name}")
        {
            Address = "1 place de la Mairie",
            PostalCode = "92190",
            Town = "Meudon",
            Phone = "01 00 00 00 00",
            Email = "conservatoire.banc@example.org",
            TariffGridUrl = "https://www.seineouest.fr/tarifs",
        };
        db.Sites.Add(site);
        await db.SaveChangesAsync();
        var next = await db.SchoolYears.SingleAsync(y => y.StartYear == 2026);
        db.Campaigns.Add(new ReenrollmentCampaign(site.Id, next.Id, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMonths(2), DateTimeOffset.UtcNow.AddMonths(3)));
        await db.SaveChangesAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var rows = await connection.BeginBinaryImportAsync(
            """COPY "Families" ("SiteId", "Identifier", "Guardian1_Civility", "Guardian1_LastName", "Guardian1_FirstName", "Guardian1_Address", "Guardian1_PostalCode", "Guardian1_Town", "Guardian1_Email", "IsResident", "PaysBySepa", "IsHosted") FROM STDIN (FORMAT BINARY)""");
        for (var i = 1; i <= families; i++)
        {
            await rows.StartRowAsync();
            await rows.WriteAsync(site.Id, NpgsqlDbType.Integer);
            await rows.WriteAsync($"famille{i:00000}", NpgsqlDbType.Varchar);
            await rows.WriteAsync(nameof(Civility.Madame), NpgsqlDbType.Varchar);
            await rows.WriteAsync($"Nom{i:00000}", NpgsqlDbType.Varchar);
            await rows.WriteAsync("Anne", NpgsqlDbType.Varchar);
            await rows.WriteAsync("3 rue des Lilas", NpgsqlDbType.Varchar);
            await rows.WriteAsync("92190", NpgsqlDbType.Varchar);
            await rows.WriteAsync("Meudon", NpgsqlDbType.Varchar);
            await rows.WriteAsync($"famille{i:00000}.{site.Id}@example.org", NpgsqlDbType.Varchar);
            await rows.WriteAsync(true, NpgsqlDbType.Boolean);
            await rows.WriteAsync(false, NpgsqlDbType.Boolean);
            await rows.WriteAsync(false, NpgsqlDbType.Boolean);
        }

        await rows.CompleteAsync();
        return site.Id;
    }

    /// <summary>One secretariat account for every site of the run.</summary>
    public async Task AddStaffAsync(IEnumerable<int> siteIds)
    {
        await using var db = new ReinscriptionDbContext(Options);
        var user = new AppUser
        {
            UserName = StaffEmail,
            NormalizedUserName = StaffEmail.ToUpperInvariant(),
            Email = StaffEmail,
            NormalizedEmail = StaffEmail.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, StaffPassword);
        db.Users.Add(user);
        var staff = new StaffMember(StaffEmail, "Banc d'essai") { AccountId = user.Id };
        foreach (var siteId in siteIds)
        {
            staff.Grant(siteId, StaffRole.Secretariat);
        }

        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
    }

    /// <summary>What a launch left in the database: its e-mails and its links, and how many e-mails have gone.</summary>
    public async Task<(int Mails, int Links, int Sent)> CountsAsync(int siteId)
    {
        await using var db = new ReinscriptionDbContext(Options);
        var links = db.LaunchLinks.Where(l => l.Mailing!.SiteId == siteId);
        var mails = db.Outbox.Where(o => links.Any(l => l.OutboxMessageId == o.Id));
        return (await mails.CountAsync(), await links.CountAsync(), await mails.CountAsync(o => o.SentAt != null));
    }

    public async Task<int> SentAsync()
    {
        await using var db = new ReinscriptionDbContext(Options);
        return await db.Outbox.CountAsync(o => o.SentAt != null);
    }
}
