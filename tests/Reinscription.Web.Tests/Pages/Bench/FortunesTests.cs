using System.Net;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Bench;

public class FortunesTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_benchmark_baseline_is_not_served_unless_the_bench_turns_it_on()
    {
        using var client = App.Factory.CreateClient();

        var page = await client.GetPageAsync("/Bench/Fortunes", HttpStatusCode.NotFound);

        Assert.Equal("Page introuvable", page.TextOf("main h1"));
    }
}
