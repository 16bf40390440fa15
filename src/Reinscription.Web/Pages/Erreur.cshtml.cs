using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reinscription.Web.Pages;

/// <summary>The French page shown for any error status (404, 403, 429, 500…).</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErreurModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    public void OnPost(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            StatusCodes.Status404NotFound => ("Page introuvable", "La page demandée n'existe pas ou ne vous est pas accessible."),
            StatusCodes.Status403Forbidden => ("Accès refusé", "Votre compte ne donne pas accès à cette page."),
            StatusCodes.Status429TooManyRequests => ("Trop de tentatives",
                "Vous avez fait trop de demandes en peu de temps. Patientez une minute avant de réessayer."),
            StatusCodes.Status400BadRequest => ("Demande invalide",
                "Le formulaire a expiré ou n'est pas valide. Rechargez la page et recommencez."),
            _ => ("Une erreur est survenue",
                "Le service rencontre un problème. Vos données enregistrées ne sont pas perdues : réessayez dans quelques instants."),
        };
    }
}
