using System.Collections.Concurrent;
using FamilyServices.Bot.Tests.Channels;
using FamilyServices.Bot.Tests.Channels.DirectLine;
using FamilyServices.Bot.Tests.Channels.Sms;
using FamilyServices.Casework.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FamilyServices.Bot.Tests.Resilience;

/// <summary>
/// A family gives their name and phone number in a full conversation on each channel, with every log
/// category at Debug (ASP.NET Core, EF Core's SQL commands, ours): neither appears anywhere in the logs.
/// </summary>
public class NoPersonalDataInLogsTests
{
    private const string Surname = "Quarrington";
    private const string FamilyNumber = "07700 900987";
    private const string SmsSender = "+447700900654";

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // The message, every structured value (they go to the log store even when the message leaves them out) and the exception.
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" | ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
            }
        }
    }

    [Fact(Timeout = 90_000)]
    public async Task A_family_who_gives_their_name_and_number_by_sms_and_web_chat_leaves_neither_in_the_logs()
    {
        var captured = new CapturedLogs();
        List<string> logs;
        await using var app = new BotApplication { RealConversations = true };
        await using (var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(captured);
            // After the app's own filters, so nothing (EF's command log included) is quietened.
            services.Configure<LoggerFilterOptions>(options =>
            {
                options.Rules.Clear();
                options.MinLevel = LogLevel.Debug;
            });
        })))
        {
            var twilio = new TwilioWebhook(factory.CreateClient());
            foreach (var text in new[] { "I want to get back in touch with my dad in prison", "my dad", $"Jonah {Surname}", "not sure", $"Amy {Surname}", "phone", FamilyNumber, "yes" })
            {
                await twilio.TextAsync(SmsSender, text);
            }

            var webChat = new DirectLineClient(factory.CreateClient(), factory.Server);
            await StartWebChatAsync(webChat);
            var step = 0;
            foreach (var text in new[] { "I want to make a complaint", $"My name is Ruth {Surname}", FamilyNumber, "yes", "they lost my visiting order twice", "yes" })
            {
                await webChat.PostMessageAsync(text, $"c{step++}");
            }

            // What the app logged, before this test's own queries add to it.
            logs = [.. captured.Lines];
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            Assert.Contains(await db.ContactRequests.ToListAsync(), r => r.FamilyContactAddress == "+447700900987");
            Assert.True(await db.ConversationMessages.CountAsync(m => m.Text.Contains(Surname)) >= 3, "the conversations did not go as the test means them to");
        }

        Assert.Contains(logs, l => l.Contains("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Contains("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));
        foreach (var personal in new[] { Surname, "900987", "7700 900987", "900654" })
        {
            var leaks = logs.Where(l => l.Contains(personal, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"'{personal}' is in {leaks.Count} log lines, first: {leaks.FirstOrDefault()}");
        }
    }

    private static async Task StartWebChatAsync(DirectLineClient client)
    {
        var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        generate.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", BotApplication.DirectLineSecret);
        var generated = await DirectLineClient.ReadAsync(await client.Http.SendAsync(generate));
        client.Token = (string)generated["token"]!;
        client.ConversationId = (string)generated["conversationId"]!;
    }
}
