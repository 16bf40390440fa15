using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Demo;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>The demo territory, for the tests that assert on the values a parent sees in it.</summary>
public static class DemoFamilies
{
    public static async Task<DemoStudents> SeedDemoAsync(this AppFixture app)
    {
        await app.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
        return await app.WithDbAsync(async db =>
        {
            var meudon = await db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Meudon");
            var students = await db.Students.Where(s => s.Family!.SiteId == meudon.Id)
                .ToDictionaryAsync(s => s.FirstName, s => s.Id);
            return new DemoStudents(meudon, students["Lucas"], students["Emma"], students["Chloé"]);
        });
    }

    /// <summary>A browser signed in as a demo family of Meudon.</summary>
    public static async Task<HttpClient> SignInDemoFamilyAsync(this AppFixture app, Site site, string identifier)
    {
        var client = app.Factory.CreateBrowser();
        using var response = await client.SignInFamilyAsync(site, identifier, DemoSeeder.ParentPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The demo requirement whose name contains <paramref name="namePart"/>.</summary>
    public static Task<int> RequirementIdAsync(this AppFixture app, string namePart) =>
        app.WithDbAsync(db => db.DocumentRequirements.Where(r => r.Name.Contains(namePart)).Select(r => r.Id).SingleAsync());

    /// <summary>A file a family gave for a requirement of its site, as the documents step will store it.</summary>
    public static async Task AddSubmittedDocumentAsync(
        this ReinscriptionDbContext db,
        int studentId,
        string requirementName,
        string fileName,
        int sizeBytes,
        DateTimeOffset uploadedAt)
    {
        var student = await db.Students.SingleAsync(s => s.Id == studentId);
        var requirement = await db.DocumentRequirements.SingleAsync(r => r.Name == requirementName);
        db.SubmittedDocuments.Add(new SubmittedDocument(
            requirement.Id, student.FamilyId, student.Id, new StoredFile(fileName, "application/pdf", new byte[sizeBytes]), uploadedAt));
        await db.SaveChangesAsync();
    }
}

public sealed record DemoStudents(Site Meudon, int Lucas, int Emma, int Chloe);
