using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Data.Demo;

public sealed partial class DemoSeeder
{
    private async Task<DemoYears> AddSchoolYearsAsync(CancellationToken cancellationToken)
    {
        var years = new DemoYears(new SchoolYear(2023), new SchoolYear(2024), new SchoolYear(2025), new SchoolYear(2026));
        years.Current.MakeCurrent();
        db.SchoolYears.AddRange(years.TwoYearsAgo, years.LastYear, years.Current, years.Next);
        for (var number = 1; number <= 3; number++)
        {
            for (var year = 1; year <= 4; year++)
            {
                db.Cycles.Add(new Cycle(number, year));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return years;
    }

    private async Task<MeudonCatalog> AddMeudonCatalogAsync(Site site, DemoYears years, CancellationToken cancellationToken)
    {
        var fm = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
        var cello = new Discipline(site.Id, "Violoncelle", DisciplineKind.Instrument);
        var piano = new Discipline(site.Id, "Piano", DisciplineKind.Instrument);
        var orchestra = new Discipline(site.Id, "Orchestre", DisciplineKind.Ensemble);
        var dance = new Discipline(site.Id, "Danse", DisciplineKind.Dance);
        var drama = new Discipline(site.Id, "Art dramatique", DisciplineKind.Drama);
        db.Disciplines.AddRange(fm, cello, piano, orchestra, dance, drama);
        await db.SaveChangesAsync(cancellationToken);

        var cycles = db.Cycles.Local.ToDictionary(c => c.Code);
        Course Slot(SchoolYear year, Discipline discipline, string name, int capacity, ChoiceMode mode,
            DayOfWeek day, string start, string end, string teacher, string room, string? cycle = null, int taken = 0)
        {
            var course = new Course(site.Id, year.Id, discipline.Id, name, capacity, mode)
            {
                Teacher = teacher,
                Room = room,
                CycleId = cycle is null ? null : cycles[cycle].Id,
            };
            course.ScheduleOn(day, TimeOnly.Parse(start, Culture), TimeOnly.Parse(end, Culture));
            for (var i = 0; i < taken; i++)
            {
                course.TakeSeat();
            }

            db.Courses.Add(course);
            return course;
        }

        const ChoiceMode choose = ChoiceMode.FamilyChooses;
        const ChoiceMode assigned = ChoiceMode.Assigned;
        var catalog = new MeudonCatalog(dance)
        {
            // 2023-2024 and 2024-2025: what the History tab shows.
            Fm13 = Slot(years.TwoYearsAgo, fm, "FM 1.3 (13)", 14, choose, DayOfWeek.Wednesday, "10:00", "11:00", "Mme Girard", "Salle 12", "1C3", 12),
            Cello2C1 = Slot(years.TwoYearsAgo, cello, "Violoncelle", 1, assigned, DayOfWeek.Tuesday, "17:30", "18:00", "M. Lefèvre", "Salle 4", "2C1", 1),
            Fm14 = Slot(years.LastYear, fm, "FM 1.4 (14)", 14, choose, DayOfWeek.Wednesday, "14:00", "15:00", "Mme Girard", "Salle 12", "1C4", 13),
            Cello2C2 = Slot(years.LastYear, cello, "Violoncelle", 1, assigned, DayOfWeek.Tuesday, "17:30", "18:00", "M. Lefèvre", "Salle 4", "2C2", 1),
            DanceEveil = Slot(years.LastYear, dance, "Danse classique - Initiation 2", 18, assigned, DayOfWeek.Saturday, "10:00", "11:00", "Mme Roussel", "Studio A", "1C1", 15),
            PianoLastYear = Slot(years.LastYear, piano, "Piano", 1, assigned, DayOfWeek.Thursday, "18:00", "18:30", "Mme Nguyen", "Salle 7", "1C3", 1),

            // 2025-2026, the current year.
            Fm21 = Slot(years.Current, fm, "FM 2.1 (21)", 14, choose, DayOfWeek.Wednesday, "14:00", "15:30", "Mme Girard", "Salle 12", "2C1", 14),
            Cello2C3 = Slot(years.Current, cello, "Violoncelle", 1, assigned, DayOfWeek.Tuesday, "17:30", "18:15", "M. Lefèvre", "Salle 4", "2C3", 1),
            Orchestra = Slot(years.Current, orchestra, "Orchestre E. Chabrier - cordes 2e C", 30, assigned, DayOfWeek.Saturday, "10:00", "12:00", "M. Perrin", "Auditorium", null, 24),
            Dance1C2 = Slot(years.Current, dance, "Danse classique 1C2", 18, assigned, DayOfWeek.Saturday, "11:00", "12:15", "Mme Roussel", "Studio A", "1C2", 16),
            Piano1C4 = Slot(years.Current, piano, "Piano", 1, assigned, DayOfWeek.Thursday, "18:00", "18:30", "Mme Nguyen", "Salle 7", "1C4", 1),
        };

        // 2026-2027, the year families re-enrol for: FM slots to choose, with one full and some with a single seat.
        Slot(years.Next, fm, "FM 2.1 (21)", 14, choose, DayOfWeek.Tuesday, "17:00", "18:30", "Mme Girard", "Salle 12", "2C1", 6);
        Slot(years.Next, fm, "FM 2.1 (22)", 14, choose, DayOfWeek.Wednesday, "10:00", "11:30", "Mme Girard", "Salle 12", "2C1", 13);
        Slot(years.Next, fm, "FM 2.2 (31)", 12, choose, DayOfWeek.Monday, "17:00", "18:30", "M. Caron", "Salle 10", "2C2", 11);
        Slot(years.Next, fm, "FM 2.2 (32)", 12, choose, DayOfWeek.Wednesday, "14:00", "15:30", "M. Caron", "Salle 10", "2C2", 12);
        Slot(years.Next, fm, "FM 2.2 (33)", 12, choose, DayOfWeek.Thursday, "17:00", "18:30", "Mme Girard", "Salle 12", "2C2", 4);
        Slot(years.Next, fm, "FM 2.2 (34)", 12, choose, DayOfWeek.Saturday, "10:00", "11:30", "M. Caron", "Salle 10", "2C2", 11);
        Slot(years.Next, cello, "Violoncelle", 6, assigned, DayOfWeek.Tuesday, "17:30", "18:15", "M. Lefèvre", "Salle 4", "2C4");
        Slot(years.Next, piano, "Piano", 8, assigned, DayOfWeek.Thursday, "18:00", "18:30", "Mme Nguyen", "Salle 7", "2C1");
        Slot(years.Next, orchestra, "Orchestre E. Chabrier - cordes 2e C", 30, assigned, DayOfWeek.Saturday, "10:00", "12:00", "M. Perrin", "Auditorium");
        Slot(years.Next, dance, "Danse classique 1C3", 18, assigned, DayOfWeek.Saturday, "11:00", "12:15", "Mme Roussel", "Studio A", "1C3");
        Slot(years.Next, drama, "Théâtre - Atelier adolescents", 15, assigned, DayOfWeek.Friday, "18:00", "20:00", "M. Blanchard", "Studio B");

        await db.SaveChangesAsync(cancellationToken);
        return catalog;
    }

    private async Task EnrolMeudonFamiliesAsync(
        DemoFamilies families,
        MeudonCatalog catalog,
        DemoYears years,
        CancellationToken cancellationToken)
    {
        void Enrol(Student student, params Course[] courses)
        {
            foreach (var course in courses)
            {
                db.Enrollments.Add(new Enrollment(student.Id, course.Id));
            }
        }

        Enrol(families.Lucas, catalog.Fm13, catalog.Cello2C1, catalog.Fm14, catalog.Cello2C2, catalog.Fm21, catalog.Cello2C3, catalog.Orchestra);
        Enrol(families.Emma, catalog.DanceEveil, catalog.Dance1C2);
        Enrol(families.Chloe, catalog.PianoLastYear, catalog.Fm21, catalog.Piano1C4);

        db.RepertoirePieces.AddRange(
            new RepertoirePiece(families.Lucas.Id, years.Current.Id, "Suite n° 1 en sol majeur, BWV 1007 - Prélude", "Jean-Sébastien Bach") { DisciplineName = "Violoncelle" },
            new RepertoirePiece(families.Lucas.Id, years.Current.Id, "Le Cygne (Le Carnaval des animaux)", "Camille Saint-Saëns") { DisciplineName = "Violoncelle" },
            new RepertoirePiece(families.Lucas.Id, years.Current.Id, "Sérénade pour cordes, op. 22 - Moderato", "Antonín Dvořák") { DisciplineName = "Orchestre" },
            new RepertoirePiece(families.Chloe.Id, years.Current.Id, "Gymnopédie n° 1", "Erik Satie") { DisciplineName = "Piano" });

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddBoulogneCatalogAsync(Site site, Family family, DemoYears years, CancellationToken cancellationToken)
    {
        var guitar = new Discipline(site.Id, "Guitare", DisciplineKind.Instrument);
        var fm = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
        db.Disciplines.AddRange(guitar, fm);
        await db.SaveChangesAsync(cancellationToken);

        var guitarCourse = new Course(site.Id, years.Current.Id, guitar.Id, "Guitare", 1, ChoiceMode.Assigned) { Teacher = "M. Fabre", Room = "Salle 21" };
        guitarCourse.ScheduleOn(DayOfWeek.Monday, new TimeOnly(18, 0), new TimeOnly(18, 45));
        guitarCourse.TakeSeat();
        var fmCourse = new Course(site.Id, years.Current.Id, fm.Id, "FM 3.1 (41)", 16, ChoiceMode.FamilyChooses) { Teacher = "Mme Lambert", Room = "Salle 3" };
        fmCourse.ScheduleOn(DayOfWeek.Wednesday, new TimeOnly(16, 0), new TimeOnly(17, 30));
        for (var i = 0; i < 12; i++)
        {
            fmCourse.TakeSeat();
        }

        db.Courses.AddRange(guitarCourse, fmCourse);
        await db.SaveChangesAsync(cancellationToken);
        var hugo = family.Students.Single();
        db.Enrollments.AddRange(new Enrollment(hugo.Id, guitarCourse.Id), new Enrollment(hugo.Id, fmCourse.Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.InvariantCulture;

    private sealed record DemoYears(SchoolYear TwoYearsAgo, SchoolYear LastYear, SchoolYear Current, SchoolYear Next);

    private sealed record MeudonCatalog(Discipline Dance)
    {
        public required Course Fm13 { get; init; }

        public required Course Cello2C1 { get; init; }

        public required Course Fm14 { get; init; }

        public required Course Cello2C2 { get; init; }

        public required Course DanceEveil { get; init; }

        public required Course PianoLastYear { get; init; }

        public required Course Fm21 { get; init; }

        public required Course Cello2C3 { get; init; }

        public required Course Orchestra { get; init; }

        public required Course Dance1C2 { get; init; }

        public required Course Piano1C4 { get; init; }
    }
}
