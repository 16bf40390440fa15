using Npgsql;

namespace Reinscription.Web.Tests.Data;

public class PoolDefaultsTests
{
    [Fact]
    public void A_plain_connection_string_gets_prepared_statements_and_no_reset_on_close()
    {
        var settings = new NpgsqlConnectionStringBuilder(ServiceRegistration.WithPoolDefaults("Host=db;Database=reinscription"));

        Assert.Equal(64, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal("db", settings.Host);
        Assert.Equal("reinscription", settings.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;noresetonclose=false")]
    public void A_connection_string_that_sets_them_keeps_its_own_values(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(ServiceRegistration.WithPoolDefaults(connectionString));

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
    }
}
