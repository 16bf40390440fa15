using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reinscription.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a database or the app's configuration.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReinscriptionDbContext>
{
    public ReinscriptionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReinscriptionDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("ConnectionStrings__Reinscription") ?? "Host=localhost")
            .Options);
}
