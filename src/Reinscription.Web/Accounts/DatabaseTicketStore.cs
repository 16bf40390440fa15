using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data;

namespace Reinscription.Web.Accounts;

/// <summary>
/// Keeps the sessions in PostgreSQL (decision record 015): one primary-key read per signed-in
/// request buys a sign-out that kills every copy of the cookie, and an absolute lifetime that a
/// refreshed cookie cannot stretch. Every app instance sees the same sessions.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan absoluteLifetime) : ITicketStore
{
    /// <summary>When the session began, carried in the ticket so that a refreshed sign-in keeps its absolute end.</summary>
    private const string StartedKey = "reinscription.session-started";

    /// <summary>Where the request's session key is kept in HttpContext.Items.</summary>
    public const string CurrentKeyItem = "Reinscription.SessionKey";

    /// <summary>
    /// Compiled once: this read runs before every signed-in page, and building and looking up its LINQ tree cost
    /// more CPU than PostgreSQL spends answering it (decision record 079).
    /// </summary>
    private static readonly Func<ReinscriptionDbContext, string, DateTimeOffset, CancellationToken, Task<byte[]?>> TicketOf =
        EF.CompileAsyncQuery((ReinscriptionDbContext db, string key, DateTimeOffset now, CancellationToken _) =>
            db.Sessions.AsNoTracking()
                .Where(s => s.Id == key && s.EndsAt > now)
                .Select(s => s.Ticket)
                .SingleOrDefault());

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var now = clock.GetUtcNow();
        var started = ticket.Properties.Items.TryGetValue(StartedKey, out var value)
                      && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : now;
        ticket.Properties.Items[StartedKey] = started.ToString("O", CultureInfo.InvariantCulture);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var accountId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A session needs the account's id.");

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        await db.Sessions.Where(s => s.EndsAt <= now).ExecuteDeleteAsync(cancellationToken);
        db.Sessions.Add(new AccountSession(key, accountId, TicketSerializer.Default.Serialize(ticket), started, started + absoluteLifetime));
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var bytes = TicketSerializer.Default.Serialize(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        await db.Sessions.Where(s => s.Id == key).ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    /// <summary>Also notes the request's own session, which a password change keeps (<see cref="AccountSessionQueries"/>).</summary>
    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Items[CurrentKeyItem] = key;
        return RetrieveAsync(key, cancellationToken);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        var bytes = await TicketOf(db, key, clock.GetUtcNow(), cancellationToken);
        return bytes is null ? null : TicketSerializer.Default.Deserialize(bytes);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        await db.Sessions.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken);
    }
}

public static class AccountSessionQueries
{
    /// <summary>Ends every session of an account, on every device (ASVS 7.4.3): after a password reset.</summary>
    public static Task<int> EndSessionsOfAsync(this ReinscriptionDbContext db, string accountId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Ends every session of the signed-in account but the request's own: after a password change.</summary>
    public static Task<int> EndOtherSessionsAsync(this ReinscriptionDbContext db, HttpContext http, string accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var current = http.Items[DatabaseTicketStore.CurrentKeyItem] as string ?? "";
        return db.Sessions.Where(s => s.AccountId == accountId && s.Id != current).ExecuteDeleteAsync(cancellationToken);
    }
}
