using FamilyServices.Bot.Channels;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Channels.DirectLine;
using FamilyServices.Bot.Channels.Sms;
using FamilyServices.Bot.Channels.WebChat;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the namespace of WebApplication so that Program.cs needs no using for it.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Everything the SMS and web chat channels need, for Program.cs in two lines.</summary>
public static class ChannelsExtensions
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IChannelTexts>(_ => new ChannelTexts(Path.Combine(AppContext.BaseDirectory, "Channels", "Content")));
        services.AddSingleton<KeyedLock>();

        services.Configure<TwilioOptions>(builder.Configuration.GetSection(TwilioOptions.Section));
        services.Configure<SmsOutboxOptions>(builder.Configuration.GetSection(SmsOutboxOptions.Section));
        // Channel state lives in the casework database, so a restart or a second instance loses nothing.
        services.AddSingleton<SmsTurnRecords>();
        services.AddSingleton<ISmsOptOuts, DatabaseSmsOptOuts>();
        services.AddSingleton<ISmsOutbox, DatabaseSmsOutbox>();
        services.AddSingleton<SmsCommands>();
        services.AddSingleton<SmsReplyFormatter>();
        services.AddScoped<SmsConversation>();
        services.AddScoped<SmsProactiveMessages>();
        services.AddHttpClient<TwilioMessagesClient>()
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<SmsOutboxOptions>>().Value.RequestTimeout);
        services.AddHostedService<SmsOutboxSender>();

        services.Configure<DirectLineOptions>(builder.Configuration.GetSection(DirectLineOptions.Section));
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<IConversationTranscripts, DatabaseConversationTranscripts>();
        services.AddScoped<DirectLineConversations>();
        services.AddCors(cors => cors.AddPolicy(DirectLineApi.CorsPolicy, policy => policy
            // Any page may embed Web Chat: what it can do is limited by the token it was given, not by where it runs.
            .AllowAnyOrigin()
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "X-Requested-With")
            .WithExposedHeaders("Retry-After")));

        services.AddScoped<IProactiveMessages, ProactiveMessages>();
        var limits = builder.Configuration.GetSection(ChannelRateLimits.Section).Get<ChannelRateLimits>() ?? new ChannelRateLimits();
        services.AddRateLimiter(options => ChannelRateLimits.Configure(options, limits));

        services.AddRazorComponents();
        services.AddScoped<WebChatSession>();
        services.AddHostedService<WebChatOutboxSender>();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.MapSmsApi();
        app.MapDirectLineApi();
        app.MapWebChatApi();
        return app;
    }
}
