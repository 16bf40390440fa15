namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>What scripts/test provides: a PostgreSQL server to create databases on, and MailDev.</summary>
internal static class TestEnvironment
{
    public static string PostgresAdminConnection =>
        Environment.GetEnvironmentVariable("PG_ADMIN_CONNECTION") ?? "Host=127.0.0.1;Port=55432;Username=postgres";

    public static string MailDevBin =>
        Environment.GetEnvironmentVariable("MAILDEV_BIN")
        ?? throw new InvalidOperationException("MAILDEV_BIN is not set: run the tests through scripts/test.");
}
