using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyServices.Casework.Retention;

/// <summary>Runs the retention job at start-up and then once a day.</summary>
public sealed partial class RetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var erased = await scope.ServiceProvider.GetRequiredService<RetentionJob>().EraseExpiredAsync(stoppingToken);
                LogErased(erased.Values.Sum());
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // Try again tomorrow; nothing half-erased matters, each delete stands alone.
                LogFailed(failure);
            }
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention job erased {Count} records past their retention period")]
    private partial void LogErased(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention job failed")]
    private partial void LogFailed(Exception failure);
}

public static class RetentionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddScoped<RetentionJob>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
