using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Pages;

/// <summary>"Déconnexion": a POST with the antiforgery token, so no link can sign a person out.</summary>
public class DeconnexionModel(SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
