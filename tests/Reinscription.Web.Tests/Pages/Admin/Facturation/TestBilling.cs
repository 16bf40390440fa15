using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Facturation;

/// <summary>What the billing tests do as staff, and the request decision that has no page yet.</summary>
internal static class TestBilling
{
    public static async Task<HttpClient> SignInStaffAsync(this AppFixture app, string email = "secretariat.meudon@example.org")
    {
        var client = app.Factory.CreateBrowser();
        using var response = await client.SignInStaffAsync(email, DemoSeeder.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>
    /// A student's request sent and validated, going on with every course of this year: what staff will
    /// decide on the requests page (issue 13), done here through the domain.
    /// </summary>
    public static Task ValidateRequestAsync(this AppFixture app, int studentId) =>
        app.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync();
            var enrollments = await db.Enrollments.Where(e => e.StudentId == studentId && e.Course!.SchoolYear!.IsCurrent).ToListAsync();
            var request = new ReenrollmentRequest(campaign.Id, studentId);
            request.ChooseToReenrol();
            foreach (var enrollment in enrollments)
            {
                request.AddChoice(new CourseChoice(enrollment.Id, continues: true, null));
            }

            request.Submit(DateTimeOffset.UtcNow);
            request.Validate();
            db.ReenrollmentRequests.Add(request);
            await db.SaveChangesAsync();
        });

    public static async Task GenerateInvoicesAsync(this HttpClient staff, int siteId)
    {
        using var response = await staff.SubmitAsync(
            $"/Admin/Facturation?siteId={siteId.ToString(CultureInfo.InvariantCulture)}", new Dictionary<string, string>(), "#generer");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>No-break spaces of French amounts read as plain spaces.</summary>
    public static string Plain(this string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
