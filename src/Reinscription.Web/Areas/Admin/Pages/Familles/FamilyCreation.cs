using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>
/// A family created by staff, with its identifier made from the name ("dupont1", "dupont2"…) and
/// its account without a password: the launch of the campaign mails it a link to choose one.
/// </summary>
public sealed class FamilyCreation(ReinscriptionDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    /// <summary>The index that decides between two families given the same identifier at once.</summary>
    private const string IdentifierIndex = "IX_Families_SiteId_Identifier";

    private const int MaxAttempts = 20;

    public async Task<Family> CreateAsync(int siteId, FamilyInput input, ClaimsPrincipal staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var family = await InsertWithFreeIdentifierAsync(siteId, input, cancellationToken);

        // UserManager saves through the same DbContext, so inside this transaction.
        var account = new AppUser { UserName = AppUser.FamilyUserName(siteId, family.Identifier), Email = family.Guardian1.Email };
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        family.AccountId = account.Id;
        db.Audit(staff, clock.GetUtcNow(), siteId, "family.created", "Famille", family.Id,
            $"Famille {family.Identifier} créée par le secrétariat.",
            FamilyAudit.Created(FamilyAudit.FieldsOf(family)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return family;
    }

    private async Task<Family> InsertWithFreeIdentifierAsync(int siteId, FamilyInput input, CancellationToken cancellationToken)
    {
        var stem = FamilyIdentifiers.StemOf(input.Guardian1.LastName);
        var taken = (await db.Families.AsNoTracking()
                .Where(f => f.SiteId == siteId && f.Identifier.StartsWith(stem))
                .Select(f => f.Identifier)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var identifier = FamilyIdentifiers.FirstFree(stem, taken.Contains);
        for (var attempt = 1; ; attempt++)
        {
            var family = new Family(siteId, identifier, new Guardian());
            input.ApplyTo(family);
            db.Families.Add(family);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return family;
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts
                                              && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: IdentifierIndex })
            {
                // Another family took this identifier meanwhile; EF Core rolled back to its savepoint, so the
                // transaction goes on with the next number.
                db.ChangeTracker.Clear();
                taken.Add(identifier);
                identifier = FamilyIdentifiers.FirstFree(stem, taken.Contains);
            }
        }
    }
}
