using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>The stages as the secretariat names them, on screen and in the exports.</summary>
public static class RequestLabels
{
    public static string Of(RequestStage stage) => stage switch
    {
        RequestStage.Draft => "Brouillon",
        RequestStage.Submitted => "Transmise",
        RequestStage.Validated => "Validée",
        RequestStage.Refused => "Refusée",
        RequestStage.NotReenrolling => "Ne se réinscrit pas",
        _ => "Sans réponse",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Oui",
        false => "Non",
        null => "Non renseigné",
    };
}
