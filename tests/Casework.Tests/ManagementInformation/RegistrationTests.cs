using FamilyServices.Casework.ManagementInformation;
using FamilyServices.Casework.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static FamilyServices.Casework.Tests.ManagementInformation.ReportRecords;

namespace FamilyServices.Casework.Tests.ManagementInformation;

public class RegistrationTests
{
    [Fact]
    public async Task An_app_with_the_casework_database_gets_the_report_and_the_dashboard_per_request()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Casework"] = database.ConnectionString })
            .Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddCaseworkDatabase(configuration)
            .AddManagementInformation()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = services.CreateAsyncScope();

        var report = await scope.ServiceProvider.GetRequiredService<QuarterlyReport>().HandleAsync(new(Leicester, Q3));
        var dashboard = await scope.ServiceProvider.GetRequiredService<SurveyDashboard>().HandleAsync(new(Leicester, Q3));

        Assert.Equal("HMP Leicester", report.EstablishmentName);
        Assert.Equal(0, dashboard.Scores.Responses);
    }
}
