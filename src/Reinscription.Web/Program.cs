using Reinscription.Web;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Demo;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddReinscription(builder.Configuration);

var app = builder.Build();
Deployment.VerifySettings(app.Configuration, app.Environment);

await app.Services.MigrateDatabaseAsync(CancellationToken.None);
if (app.Configuration.GetValue<bool>("Demo:Seed"))
{
    await app.Services.SeedDemoDataAsync(CancellationToken.None);
    await app.Services.SeedDemoBillingAsync(CancellationToken.None);
}

app.UseReinscription();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
