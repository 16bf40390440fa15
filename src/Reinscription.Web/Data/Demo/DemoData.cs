namespace Reinscription.Web.Data.Demo;

public static class DemoData
{
    public static async Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(cancellationToken);
    }
}
