using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Casework.ManagementInformation;

public static class ManagementInformationExtensions
{
    /// <summary>The quarterly report and the survey dashboard, one per request like the database context they read.</summary>
    public static IServiceCollection AddManagementInformation(this IServiceCollection services)
    {
        // The report reads the response targets through IOptions; harmless when settings already added it.
        services.AddOptions();
        services.AddScoped<QuarterlyReport>();
        services.AddScoped<SurveyDashboard>();
        return services;
    }
}
