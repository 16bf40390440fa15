using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin;

/// <summary>Two sites, each with its secretariat signed in: what the back office's tests start from.</summary>
internal sealed class BackOffice(Site meudon, Site sevres, HttpClient meudonSecretariat, HttpClient sevresSecretariat) : IDisposable
{
    public const string Password = "Personnel2026";

    public Site Meudon { get; } = meudon;

    public Site Sevres { get; } = sevres;

    public HttpClient MeudonSecretariat { get; } = meudonSecretariat;

    public HttpClient SevresSecretariat { get; } = sevresSecretariat;

    public static async Task<BackOffice> StartAsync(AppFixture app, StaffRole meudonRole = StaffRole.Secretariat)
    {
        var meudon = await app.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var sevres = await app.WithDbAsync(db => db.AddSiteAsync("Sèvres"));
        await app.AddStaffAsync("secretariat.meudon@example.org", Password, (meudon, meudonRole));
        await app.AddStaffAsync("secretariat.sevres@example.org", Password, (sevres, StaffRole.Secretariat));
        var meudonClient = app.Factory.CreateBrowser();
        var sevresClient = app.Factory.CreateBrowser();
        (await meudonClient.SignInStaffAsync("secretariat.meudon@example.org", Password)).Dispose();
        (await sevresClient.SignInStaffAsync("secretariat.sevres@example.org", Password)).Dispose();
        return new BackOffice(meudon, sevres, meudonClient, sevresClient);
    }

    public static async Task<Student> AddStudentAsync(AppFixture app, Family family, string firstName, DateOnly birthDate) =>
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Families.FindAsync(family.Id) ?? throw new InvalidOperationException("No family.");
            var student = new Student(tracked.Guardian1.LastName, firstName, birthDate, Civility.Madame);
            tracked.AddStudent(student);
            await db.SaveChangesAsync();
            return student;
        });

    public void Dispose()
    {
        MeudonSecretariat.Dispose();
        SevresSecretariat.Dispose();
    }
}
