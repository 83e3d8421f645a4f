using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FamilyServices.Casework.ContentReview;

public static class ContentEditsExtensions
{
    /// <summary>
    /// Console edits laid over the content (registered by AddKnowledge), checked for new ones every
    /// Knowledge:RefreshSeconds (5 unless set).
    /// </summary>
    public static IServiceCollection AddContentEdits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LiveContent>();
        services.AddHostedService(sp => new ContentEditsWatcher(
            sp.GetRequiredService<LiveContent>(),
            TimeSpan.FromSeconds(configuration.GetValue("Knowledge:RefreshSeconds", 5.0)),
            sp.GetRequiredService<ILogger<ContentEditsWatcher>>()));
        return services;
    }
}

/// <summary>Looks for new console edits every few seconds: one cheap query when there are none.</summary>
internal sealed class ContentEditsWatcher(LiveContent content, TimeSpan interval, ILogger<ContentEditsWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await content.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable: the assistant keeps answering with the content it has.
                logger.LogWarning("Could not check for content edits: {Error}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
