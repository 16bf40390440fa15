namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>What scripts/test provides: a PostgreSQL server to create databases on, MailDev and clamd.</summary>
internal static class TestEnvironment
{
    public static string PostgresAdminConnection =>
        Environment.GetEnvironmentVariable("PG_ADMIN_CONNECTION") ?? "Host=127.0.0.1;Port=55432;Username=postgres";

    public static string MailDevBin =>
        Environment.GetEnvironmentVariable("MAILDEV_BIN")
        ?? throw new InvalidOperationException("MAILDEV_BIN is not set: run the tests through scripts/test.");

    /// <summary>The socket of the project's clamd (scripts/lib.sh), or null when the run has none.</summary>
    public static string? ClamdSocket => Environment.GetEnvironmentVariable("CLAMD_SOCKET");

    public static string RequiredClamdSocket =>
        ClamdSocket ?? throw new InvalidOperationException("CLAMD_SOCKET is not set: run the tests through scripts/test, which starts clamd.");
}
