using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace FamilyServices.Bot.Tests;

/// <summary>A live assistant missing its channel credentials would start and then fail every family: it refuses to start.</summary>
public class ProductionSettingsTests
{
    private static readonly Dictionary<string, string> Complete = new()
    {
        ["Twilio:AccountSid"] = "AC00000000000000000000000000000000",
        ["Twilio:AuthToken"] = "a-real-looking-auth-token",
        ["Twilio:PhoneNumber"] = "+441234567890",
        ["Twilio:PublicBaseUrl"] = "https://families.example.org",
        ["DirectLine:Secret"] = "a-direct-line-secret-that-is-long-enough",
    };

    [Theory]
    [InlineData("DirectLine:Secret", "", "DirectLine:Secret")]
    [InlineData("DirectLine:Secret", "too-short", "DirectLine:Secret")]
    [InlineData("Twilio:AuthToken", "", "Twilio:AuthToken")]
    [InlineData("Twilio:PublicBaseUrl", "http://families.example.org", "Twilio:PublicBaseUrl")]
    public async Task Production_refuses_to_start_without_a_channel_credential(string key, string value, string named)
    {
        var settings = new Dictionary<string, string>(Complete) { [key] = value };

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(settings));

        Assert.Contains(named, refusal.Message);
    }

    [Fact]
    public async Task Production_starts_with_every_channel_credential_set()
    {
        await StartAsync(Complete);
    }

    private static async Task StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var database = Path.Combine(Path.GetTempPath(), $"familyservices-production-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Production");
                builder.UseSetting("ConnectionStrings:Casework", $"Data Source={database}");
                foreach (var (key, value) in settings)
                {
                    builder.UseSetting(key, value);
                }
            });
            using var client = app.CreateClient();
            var health = await client.GetAsync("/health");
            health.EnsureSuccessStatusCode();
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
}
