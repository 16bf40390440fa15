using System.Net.Sockets;
using Npgsql;

namespace Reinscription.Web;

/// <summary>
/// While PostgreSQL is unreachable (restarting, failing over, refusing connections), every page fails
/// the same way: answered 503 with Retry-After and a French page that needs neither the database nor
/// Razor, rather than a 500 that reads as a bug and that a proxy or a monitor would not retry. The app
/// recovers by itself: Npgsql drops the broken connections and opens new ones once the server is back.
/// Nothing is lost: a request that failed here committed nothing, or committed before the failure and
/// the family sees it when it reloads the page (see bench/README.md, "Faults").
/// </summary>
public sealed partial class DatabaseUnavailable(RequestDelegate next, ILogger<DatabaseUnavailable> logger)
{
    public const int RetryAfterSeconds = 5;

    private const string Page = """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Service momentanément indisponible - Réinscriptions</title>
            <link rel="stylesheet" href="/css/site.css" />
        </head>
        <body>
            <main id="contenu" class="container py-4">
                <h1 class="h3">Service momentanément indisponible</h1>
                <p>Le service est interrompu quelques instants. Vos données enregistrées ne sont pas perdues.</p>
                <p>Rechargez la page dans quelques secondes pour reprendre là où vous en étiez.</p>
            </main>
        </body>
        </html>
        """;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (Exception exception) when (IsDatabaseUnreachable(exception) && !context.Response.HasStarted)
        {
            LogUnavailable(logger, context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.Remove("Location");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page, context.RequestAborted);
        }
    }

    /// <summary>
    /// A connection that could not be opened or broke (socket, I/O, timeout: Npgsql calls these transient),
    /// or the server saying it is shutting down or not accepting connections (SQLSTATE classes 08 and 57P).
    /// Not a constraint violation, a serialization failure or a bug in a query: those stay 500 or are handled
    /// by the page.
    /// </summary>
    public static bool IsDatabaseUnreachable(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                           || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL unreachable: {Method} {Path} answered 503 ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string method, PathString path, string reason);
}
