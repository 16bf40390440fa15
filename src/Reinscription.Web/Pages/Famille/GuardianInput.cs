using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;

namespace Reinscription.Web.Pages.Famille;

/// <summary>The fields of one guardian as the form posts them.</summary>
public sealed class GuardianInput
{
    public Civility Civility { get; set; }

    public string LastName { get; set; } = "";

    public string FirstName { get; set; } = "";

    public DateOnly? BirthDate { get; set; }

    public string BirthPlace { get; set; } = "";

    public string BirthDepartment { get; set; } = "";

    public string Address { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Town { get; set; } = "";

    public string HomePhone { get; set; } = "";

    public string MobilePhone { get; set; } = "";

    public string WorkPhone { get; set; } = "";

    public string Email { get; set; } = "";

    public string FamilySituation { get; set; } = "";

    public string Profession { get; set; } = "";

    public string SocioProfessionalCode { get; set; } = "";

    public string ExtraPhone1 { get; set; } = "";

    public string ExtraPhone2 { get; set; } = "";

    public string ExtraPhone3 { get; set; } = "";

    /// <summary>Guardian 2 is optional: a blank section means "no second guardian".</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(LastName) && string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(Address)
        && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(MobilePhone) && string.IsNullOrWhiteSpace(HomePhone);

    public static GuardianInput From(GuardianDetails? g) => g is null
        ? new GuardianInput()
        : new GuardianInput
        {
            Civility = g.Civility,
            LastName = g.LastName,
            FirstName = g.FirstName,
            BirthDate = g.BirthDate,
            BirthPlace = g.BirthPlace ?? "",
            BirthDepartment = g.BirthDepartment ?? "",
            Address = g.Address,
            PostalCode = g.PostalCode,
            Town = g.Town,
            HomePhone = g.HomePhone ?? "",
            MobilePhone = g.MobilePhone ?? "",
            WorkPhone = g.WorkPhone ?? "",
            Email = g.Email,
            FamilySituation = g.FamilySituation ?? "",
            Profession = g.Profession ?? "",
            SocioProfessionalCode = g.SocioProfessionalCode ?? "",
            ExtraPhone1 = g.ExtraPhone1 ?? "",
            ExtraPhone2 = g.ExtraPhone2 ?? "",
            ExtraPhone3 = g.ExtraPhone3 ?? "",
        };

    public GuardianDetails ToDetails() => new(
        Civility,
        LastName.Trim(),
        FirstName.Trim(),
        BirthDate,
        Optional(BirthPlace),
        Optional(BirthDepartment),
        Address.Trim(),
        PostalCode.Trim(),
        Town.Trim(),
        Optional(HomePhone),
        Optional(MobilePhone),
        Optional(WorkPhone),
        Email.Trim(),
        Optional(FamilySituation),
        Optional(Profession),
        Optional(SocioProfessionalCode),
        Optional(ExtraPhone1),
        Optional(ExtraPhone2),
        Optional(ExtraPhone3));

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
