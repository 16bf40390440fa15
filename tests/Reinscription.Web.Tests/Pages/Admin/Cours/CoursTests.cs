using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Courses;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Cours;

public class CoursTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_capacity_below_the_seats_taken_is_refused_next_to_the_field_with_the_typed_value_kept()
    {
        var season = await Season.AddAsync(App);
        await TakeSeatsAsync(season.NextYearSlotId, 6);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var url = $"/Admin/Cours/Modifier/{season.NextYearSlotId}";

        using var tooSmall = await staff.SubmitAsync(url, new Dictionary<string, string> { ["Input.Capacity"] = "5", ["Input.Room"] = "Salle 3" });
        using var enough = await staff.SubmitAsync(url, new Dictionary<string, string> { ["Input.Capacity"] = "6" });

        var page = await HtmlClient.ParseAsync(tooSmall);
        Assert.Equal(HttpStatusCode.OK, tooSmall.StatusCode);
        Assert.Equal("6 places sont déjà prises dans ce créneau : la capacité ne peut pas descendre en dessous.",
            page.TextOf("[data-valmsg-for='Input.Capacity']"));
        Assert.Equal("5", page.QuerySelector("#Input_Capacity")!.GetAttribute("value"));
        Assert.Equal("Salle 3", page.QuerySelector("#Input_Room")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, enough.StatusCode);
        Assert.Equal(6, await App.WithDbAsync(db => db.Courses.Where(c => c.Id == season.NextYearSlotId).Select(c => c.Capacity).SingleAsync()));
        var audit = await Season.LastAuditAsync(App, "course.updated");
        Assert.Equal(("Capacité", "14", "6"), (audit.Changes.Single().Field, audit.Changes.Single().Before, audit.Changes.Single().After));
        Assert.Single(await Season.AuditAsync(App));
    }

    [Fact]
    public async Task A_seat_taken_while_the_capacity_is_lowered_makes_PostgreSQL_refuse_the_capacity()
    {
        var season = await Season.AddAsync(App);
        await TakeSeatsAsync(season.NextYearSlotId, 6);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var url = $"/Admin/Cours/Modifier/{season.NextYearSlotId}";
        var form = await staff.GetPageAsync(url);

        // A parent's validation holds the slot's row with a seventh seat while the secretariat saves 6.
        await using var parent = new NpgsqlConnection(App.Database.ConnectionString);
        await parent.OpenAsync();
        await using var validation = await parent.BeginTransactionAsync();
        await using (var seat = new NpgsqlCommand($"""UPDATE "Courses" SET "SeatsTaken" = "SeatsTaken" + 1 WHERE "Id" = {season.NextYearSlotId}""", parent, validation))
        {
            await seat.ExecuteNonQueryAsync();
        }

        var saving = staff.SubmitAsync(form, url, new Dictionary<string, string> { ["Input.Capacity"] = "6" });
        await WaitUntilBlockedAsync();
        await validation.CommitAsync();
        using var refused = await saving;

        Assert.Equal("7 places sont déjà prises dans ce créneau : la capacité ne peut pas descendre en dessous.",
            (await HtmlClient.ParseAsync(refused)).TextOf("[data-valmsg-for='Input.Capacity']"));
        var slot = await App.WithDbAsync(db => db.Courses.AsNoTracking().SingleAsync(c => c.Id == season.NextYearSlotId));
        Assert.Equal((14, 7), (slot.Capacity, slot.SeatsTaken));
        Assert.Empty(await Season.AuditAsync(App));
    }

    [Fact]
    public async Task Preparing_next_year_twice_copies_the_offer_once()
    {
        var season = await Season.AddAsync(App);
        await TakeSeatsAsync(season.NextYearSlotId, 6);
        await App.WithDbAsync(async db =>
        {
            var orchestra = new Discipline(season.Meudon.Id, "Orchestre", DisciplineKind.Ensemble);
            db.Disciplines.Add(orchestra);
            await db.SaveChangesAsync();
            db.Courses.Add(new Course(season.Meudon.Id, season.NextYearId, orchestra.Id, "Orchestre à cordes", 30, ChoiceMode.Assigned) { IsCham = true, Teacher = "M. Perrin" });
            await db.SaveChangesAsync();
        });
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var offer = await staff.GetPageAsync($"/Admin/Cours?siteId={season.Meudon.Id}&annee=2026");

        using var first = await staff.SubmitAsync(offer, "/Admin/Cours", new Dictionary<string, string>(), "#preparer");
        using var second = await staff.SubmitAsync(offer, "/Admin/Cours", new Dictionary<string, string>(), "#preparer");
        var next = await staff.GetPageAsync(first.Headers.Location!.OriginalString);

        Assert.Equal($"/Admin/Cours?siteId={season.Meudon.Id}&annee=2027", first.Headers.Location.OriginalString);
        Assert.Equal("L'offre 2027-2028 contenait déjà chaque créneau de 2026-2027 : rien n'a été ajouté.", next.TextOf("#confirmation"));
        Assert.Equal(["FM 2.2 (33)", "", "jeudi", "17:00–18:30", "", "", "0 / 14", "choix de la famille", "Non"], next.RowsOf("[data-discipline='Formation musicale']").Single()[..9]);
        Assert.Equal(["Orchestre à cordes", "", "", "", "M. Perrin", "", "0 / 30", "attribué par le conservatoire", "Oui"], next.RowsOf("[data-discipline='Orchestre']").Single()[..9]);
        Assert.Equal(2, await App.WithDbAsync(db => db.Courses.CountAsync(c => c.SchoolYear!.StartYear == 2027)));
        Assert.Equal(2, await App.WithDbAsync(db => db.Courses.CountAsync(c => c.SchoolYear!.StartYear == 2026)));
        Assert.Equal(6, await App.WithDbAsync(db => db.Courses.Where(c => c.Id == season.NextYearSlotId).Select(c => c.SeatsTaken).SingleAsync()));
        var lines = await App.WithDbAsync(db => db.AuditLog.OrderBy(e => e.Id).Select(e => e.Summary).ToListAsync());
        Assert.Equal(
            ["Offre 2026-2027 de Meudon copiée vers 2027-2028 : 2 créneaux ajoutés.", "Offre 2026-2027 de Meudon copiée vers 2027-2028 : 0 créneau ajouté."],
            lines);
    }

    [Fact]
    public async Task Two_secretaries_preparing_next_year_at_once_get_one_copy()
    {
        var season = await Season.AddAsync(App);
        using var one = await Season.SignInAsync(App, Season.MeudonSecretariat);
        using var other = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var url = $"/Admin/Cours?siteId={season.Meudon.Id}&annee=2026";
        var pages = new[] { await one.GetPageAsync(url), await other.GetPageAsync(url) };

        var responses = await Task.WhenAll(
            one.SubmitAsync(pages[0], url, new Dictionary<string, string>(), "#preparer"),
            other.SubmitAsync(pages[1], url, new Dictionary<string, string>(), "#preparer"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await App.WithDbAsync(db => db.Courses.CountAsync(c => c.SchoolYear!.StartYear == 2027)));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_secretariat_adds_a_slot_of_a_new_discipline_then_deletes_it_while_it_holds_no_seat()
    {
        var season = await Season.AddAsync(App);
        await TakeSeatsAsync(season.NextYearSlotId, 1);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);

        using var discipline = await staff.SubmitAsync($"/Admin/Cours/Discipline?siteId={season.Meudon.Id}&annee=2026", new Dictionary<string, string>
        {
            ["Input.Name"] = "Alto",
            ["Input.Kind"] = nameof(DisciplineKind.Instrument),
        });
        var create = discipline.Headers.Location!.OriginalString;
        var form = await staff.GetPageAsync(create);
        using var added = await staff.SubmitAsync(form, create, new Dictionary<string, string>
        {
            ["Input.Name"] = "Alto 1C2",
            ["Input.CycleId"] = form.QuerySelectorAll("#Input_CycleId option").Single(o => o.TextContent == "2C1").GetAttribute("value")!,
            ["Input.Day"] = nameof(DayOfWeek.Wednesday),
            ["Input.StartsAt"] = "14:00",
            ["Input.EndsAt"] = "14:30",
            ["Input.Teacher"] = "Mme Roux",
            ["Input.Room"] = "Salle 8",
            ["Input.Capacity"] = "2",
            ["Input.ChoiceMode"] = nameof(ChoiceMode.Assigned),
        });
        var offer = await staff.GetPageAsync(added.Headers.Location!.OriginalString);
        var alto = await App.WithDbAsync(db => db.Courses.SingleAsync(c => c.Name == "Alto 1C2"));
        using var deleted = await staff.SubmitAsync(offer, "/Admin/Cours", new Dictionary<string, string>(), $"#cours-{alto.Id} form.supprimer");
        using var forged = await staff.PostWithTokenAsync(offer, $"/Admin/Cours?handler=Supprimer&courseId={season.NextYearSlotId}", new Dictionary<string, string>());
        var after = await staff.GetPageAsync(forged.Headers.Location!.OriginalString);

        Assert.Equal(["Alto 1C2", "2C1", "mercredi", "14:00–14:30", "Mme Roux", "Salle 8", "0 / 2", "attribué par le conservatoire", "Non"],
            offer.RowsOf("[data-discipline='Alto']").Single()[..9]);
        Assert.Null(offer.QuerySelector($"#cours-{season.NextYearSlotId} form.supprimer"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Courses.AnyAsync(c => c.Id == alto.Id)));
        Assert.Equal("Le créneau FM 2.2 (33) - JEUDI - 17.00 à 18.30 a 1 place prise : il ne peut pas être supprimé. Réduisez sa capacité ou déplacez les élèves d'abord.",
            after.TextOf("#refus"));
        Assert.True(await App.WithDbAsync(db => db.Courses.AnyAsync(c => c.Id == season.NextYearSlotId)));
        Assert.Equal(["discipline.created", "course.created", "course.deleted"], (await Season.AuditAsync(App)).Select(a => a.Action));
    }

    [Fact]
    public async Task Another_sites_course_answers_404_on_get_and_post()
    {
        var season = await Season.AddAsync(App);
        var sevresCourse = await App.WithDbAsync(async db =>
        {
            var fm = new Discipline(season.Sevres.Id, "Formation musicale", DisciplineKind.MusicTheory);
            db.Disciplines.Add(fm);
            await db.SaveChangesAsync();
            var course = new Course(season.Sevres.Id, season.NextYearId, fm.Id, "FM 2.2 (33)", 10, ChoiceMode.FamilyChooses);
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            return course;
        });
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var tokenPage = await staff.GetPageAsync("/Admin/Cours");
        var sevres = season.Sevres.Id.ToString(CultureInfo.InvariantCulture);

        var gets = new[]
        {
            $"/Admin/Cours/Modifier/{sevresCourse.Id}",
            $"/Admin/Cours?siteId={sevres}&annee=2026",
            $"/Admin/Cours/Creer?siteId={sevres}&annee=2026",
            $"/Admin/Cours/Discipline?siteId={sevres}&annee=2026",
        };
        foreach (var url in gets)
        {
            await staff.GetPageAsync(url, HttpStatusCode.NotFound);
        }

        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            [$"/Admin/Cours/Modifier/{sevresCourse.Id}"] = new() { ["Input.Name"] = "Piraté", ["Input.Capacity"] = "0", ["Input.ChoiceMode"] = "FamilyChooses" },
            [$"/Admin/Cours?handler=Supprimer&courseId={sevresCourse.Id}"] = [],
            [$"/Admin/Cours?handler=Preparer&siteId={sevres}&annee=2026"] = [],
            [$"/Admin/Cours/Creer?siteId={sevres}&annee=2026"] = new() { ["Input.DisciplineId"] = sevresCourse.DisciplineId.ToString(CultureInfo.InvariantCulture), ["Input.Name"] = "Piraté", ["Input.Capacity"] = "3" },
            [$"/Admin/Cours/Discipline?siteId={sevres}&annee=2026"] = new() { ["Input.Name"] = "Pirate", ["Input.Kind"] = "Drama" },
        };
        foreach (var (url, values) in posts)
        {
            using var response = await staff.PostWithTokenAsync(tokenPage, url, values);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        }

        Assert.Equal(1, await App.WithDbAsync(db => db.Courses.CountAsync(c => c.SiteId == season.Sevres.Id)));
        Assert.Equal("FM 2.2 (33)", await App.WithDbAsync(db => db.Courses.Where(c => c.Id == sevresCourse.Id).Select(c => c.Name).SingleAsync()));
        Assert.Empty(await Season.AuditAsync(App));
    }

    private Task TakeSeatsAsync(int courseId, int seats) =>
        App.WithDbAsync(async db =>
        {
            var course = await db.Courses.SingleAsync(c => c.Id == courseId);
            for (var i = 0; i < seats; i++)
            {
                course.TakeSeat();
            }

            await db.SaveChangesAsync();
        });

    /// <summary>Waits until a statement of the app waits for the row lock the test holds.</summary>
    private async Task WaitUntilBlockedAsync()
    {
        await using var watcher = new NpgsqlConnection(App.Database.ConnectionString);
        await watcher.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            await using var blocked = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
            if ((long)(await blocked.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The save never waited for the slot's row.");
    }
}
