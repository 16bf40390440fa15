using Microsoft.AspNetCore.Identity;

namespace Reinscription.Web.Accounts;

/// <summary>Identity's messages in French, for the few that reach a person.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Le mot de passe actuel est incorrect." };

    public override IdentityError InvalidToken() =>
        new()
        {
            Code = nameof(InvalidToken),
            Description = "Ce lien n'est plus valide : il a déjà servi ou a expiré. Demandez un nouveau lien avec « Mot de passe perdu ».",
        };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Une erreur est survenue. Réessayez dans quelques instants." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Le compte a été modifié entre-temps. Réessayez." };
}
