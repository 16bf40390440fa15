using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Pages;

/// <summary>The French page shown for any error status (404, 403, 429, 500…).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErreurModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    /// <summary>
    /// The code is read from the route rather than bound: binding would read the form of the request
    /// that failed, which for a refused upload was never read, and binding nothing would be a 500.
    /// </summary>
    private void Describe()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), CultureInfo.InvariantCulture, out var status)
            ? status
            : StatusCodes.Status500InternalServerError;
        (Title, Message) = code switch
        {
            StatusCodes.Status404NotFound => ("Page introuvable", "La page demandée n'existe pas ou ne vous est pas accessible."),
            StatusCodes.Status403Forbidden => ("Accès refusé", "Votre compte ne donne pas accès à cette page."),
            StatusCodes.Status429TooManyRequests => ("Trop de tentatives",
                "Vous avez fait trop de demandes en peu de temps. Patientez une minute avant de réessayer."),
            StatusCodes.Status413PayloadTooLarge => ("Fichier trop volumineux",
                $"Le fichier envoyé dépasse {DocumentUploads.RequestLimitBytes / (1024 * 1024)} Mo : il n'a pas été enregistré. "
                + "Réduisez-le, par exemple en le numérisant en plus basse définition, puis envoyez-le à nouveau depuis la page des documents."),
            StatusCodes.Status400BadRequest => ("Demande invalide",
                "Le formulaire a expiré ou n'est pas valide. Rechargez la page et recommencez."),
            _ => ("Une erreur est survenue",
                "Le service rencontre un problème. Vos données enregistrées ne sont pas perdues : réessayez dans quelques instants."),
        };
    }
}
