using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyServices.Bot.Tests;

public class DevelopmentDefaultsTests
{
    [Fact]
    public async Task A_first_run_on_a_developers_machine_gives_the_web_chat_page_a_token_without_any_configuration()
    {
        var database = Path.Combine(Path.GetTempPath(), $"familyservices-dev-{Guid.NewGuid():N}.db");
        try
        {
            await AskForATokenAsync(database);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task AskForATokenAsync(string database)
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Casework", $"Data Source={database}");
        });
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("token", await response.Content.ReadAsStringAsync());
    }
}
