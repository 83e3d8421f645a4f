using FamilyServices.Bot.Channels;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Channels.DirectLine;
using FamilyServices.Bot.Channels.Sms;
using FamilyServices.Bot.Channels.WebChat;
using FamilyServices.Casework.Hosting;
using Microsoft.AspNetCore.Http.Features;
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
        // Families send short texts: every body is small unless its endpoint says otherwise (Direct Line
        // activities), and a form has at most the fields Twilio sends. Past these: 413, or 400.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 64 * 1024);
        services.Configure<FormOptions>(form =>
        {
            form.ValueCountLimit = 100;
            form.KeyLengthLimit = 256;
            form.ValueLengthLimit = 32 * 1024;
            form.MultipartBodyLengthLimit = 64 * 1024;
        });
        services.AddSingleton<IChannelTexts>(_ => new ChannelTexts(Path.Combine(AppContext.BaseDirectory, "Channels", "Content")));
        services.AddSingleton<KeyedLock>();

        var twilio = services.AddOptions<TwilioOptions>().Bind(builder.Configuration.GetSection(TwilioOptions.Section));
        services.Configure<SmsOutboxOptions>(builder.Configuration.GetSection(SmsOutboxOptions.Section));
        // Channel state lives in the casework database, so a restart or a second instance loses nothing.
        services.AddSingleton<SmsTurnRecords>();
        services.AddSingleton(sp => new RecentTexters(
            builder.Configuration.GetValue("Database:Provider", FamilyServices.Casework.Persistence.DatabaseProvider.Sqlite), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISmsOptOuts, DatabaseSmsOptOuts>();
        services.AddSingleton<ISmsOutbox, DatabaseSmsOutbox>();
        services.AddSingleton<SmsCommands>();
        services.AddSingleton<SmsReplyFormatter>();
        services.AddScoped<SmsConversation>();
        services.AddScoped<SmsProactiveMessages>();
        services.AddHttpClient<TwilioMessagesClient>()
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<SmsOutboxOptions>>().Value.RequestTimeout);
        services.AddHostedService<SmsOutboxSender>();

        var directLine = services.AddOptions<DirectLineOptions>().Bind(builder.Configuration.GetSection(DirectLineOptions.Section));
        if (builder.Environment.IsProduction())
        {
            // A live service without these would start and then fail every family's first message: refuse to start instead.
            twilio.Validate(TwilioOptions.IsComplete, TwilioOptions.Required).ValidateOnStart();
            directLine.Validate(o => o.Secret.Length >= 32, "DirectLine:Secret must be set to at least 32 characters.").ValidateOnStart();
        }
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
        services.AddSingleton(limits);
        services.AddSingleton<MessageRateLimit>();

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
        app.UseBadRequestResponses();
        app.UseDatabaseUnavailableResponses(ServiceBusy.WriteAsync);
        app.UseRateLimiter();
        app.MapSmsApi();
        app.MapDirectLineApi();
        app.MapWebChatApi();
        return app;
    }
}
