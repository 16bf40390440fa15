using Microsoft.EntityFrameworkCore;

namespace Reinscription.Web.Data;

public static class DatabaseMigration
{
    /// <summary>
    /// Applies pending migrations at start-up. EF Core takes a database lock while migrating,
    /// so several instances starting together apply them once.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
