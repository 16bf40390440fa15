using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Reinscription.Domain.Courses;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

/// <summary>A slot of the offer as the create and edit forms post it; the discipline is chosen at creation only.</summary>
public sealed class CourseInput
{
    public int DisciplineId { get; set; }

    public int? CycleId { get; set; }

    public string Name { get; set; } = "";

    public DayOfWeek? Day { get; set; }

    public TimeOnly? StartsAt { get; set; }

    public TimeOnly? EndsAt { get; set; }

    public string Teacher { get; set; } = "";

    public string Room { get; set; } = "";

    public int Capacity { get; set; }

    public ChoiceMode ChoiceMode { get; set; }

    public bool IsCham { get; set; }

    /// <summary>Monday first, as a timetable reads.</summary>
    public static IReadOnlyList<SelectListItem> DayChoices(DayOfWeek? selected) =>
        [.. Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7))
            .Select(d => new SelectListItem(FrenchDays.Name(d), d.ToString(), d == selected))];

    public static CourseInput From(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return new()
        {
            DisciplineId = course.DisciplineId,
            CycleId = course.CycleId,
            Name = course.Name,
            Day = course.Day,
            StartsAt = course.StartsAt,
            EndsAt = course.EndsAt,
            Teacher = course.Teacher ?? "",
            Room = course.Room ?? "",
            Capacity = course.Capacity,
            ChoiceMode = course.ChoiceMode,
            IsCham = course.IsCham,
        };
    }

    /// <summary>Everything but the capacity, which the page changes last so that PostgreSQL may refuse it on its own.</summary>
    public void ApplyTo(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        course.Name = Name.Trim();
        course.CycleId = CycleId;
        course.Teacher = Optional(Teacher);
        course.Room = Optional(Room);
        course.IsCham = IsCham;
        course.ChangeChoiceMode(ChoiceMode);
        if (Day is { } day && StartsAt is { } start && EndsAt is { } end)
        {
            course.ScheduleOn(day, start, end);
        }
        else
        {
            course.ClearSchedule();
        }
    }

    /// <summary>"2 places sont déjà prises…": said next to the capacity, whether the page or PostgreSQL noticed.</summary>
    public static string CapacityBelowSeats(int seatsTaken) =>
        seatsTaken == 1
            ? "1 place est déjà prise dans ce créneau : la capacité ne peut pas descendre en dessous."
            : string.Create(CultureInfo.InvariantCulture, $"{seatsTaken} places sont déjà prises dans ce créneau : la capacité ne peut pas descendre en dessous.");

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class CourseInputValidator : AbstractValidator<CourseInput>
{
    public CourseInputValidator()
    {
        RuleFor(i => i.DisciplineId).GreaterThan(0).WithMessage("Choisissez la discipline.");
        RuleFor(i => i.Name).NotEmpty().WithMessage("Saisissez le nom du cours, par exemple « FM 2.2 (33) ».")
            .MaximumLength(100).WithMessage("100 caractères au maximum.");
        RuleFor(i => i.Day).NotNull().WithMessage("Choisissez le jour, ou effacez les heures.")
            .When(i => i.StartsAt is not null || i.EndsAt is not null);
        RuleFor(i => i.StartsAt).NotNull().WithMessage("Saisissez l'heure de début.")
            .When(i => i.Day is not null || i.EndsAt is not null);
        RuleFor(i => i.EndsAt).NotNull().WithMessage("Saisissez l'heure de fin.")
            .When(i => i.Day is not null || i.StartsAt is not null);
        RuleFor(i => i.EndsAt).Must((i, end) => end > i.StartsAt).WithMessage("L'heure de fin doit venir après l'heure de début.")
            .When(i => i.StartsAt is not null && i.EndsAt is not null);
        RuleFor(i => i.Teacher).MaximumLength(100).WithMessage("100 caractères au maximum.");
        RuleFor(i => i.Room).MaximumLength(50).WithMessage("50 caractères au maximum.");
        RuleFor(i => i.Capacity).InclusiveBetween(0, 1000).WithMessage("La capacité doit être comprise entre 0 et 1000 places.");
        RuleFor(i => i.ChoiceMode).IsInEnum().WithMessage("Choisissez qui attribue le créneau.");
    }
}
