using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Reinscription.Web.Accounts;
using Reinscription.Web.Launch;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Connexion;

/// <summary>
/// Where the launch e-mail's link leads: the family chooses its password, once, while the campaign
/// is open. Every link of the family stops working as soon as one has served.
/// </summary>
[EnableRateLimiting(AccountRegistration.SignInRateLimit)]
public class BienvenueModel(
    FirstPasswords passwords,
    IValidator<NewPasswordInput> validator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public LinkHolder? Link { get; private set; }

    public LinkHolder? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Link = await passwords.HolderAsync(Token, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Link = await passwords.HolderAsync(Token, cancellationToken);
        if (Link is null)
        {
            return Page();
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var result = await passwords.ChooseAsync(Token, Input.Password, cancellationToken);
        if (result.LinkInvalid)
        {
            Link = null;
        }
        else if (!result.Identity.Succeeded)
        {
            ModelState.AddErrors(result.Identity, "Input.Password");
        }
        else
        {
            Done = Link;
        }

        return Page();
    }
}
