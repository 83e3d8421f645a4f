using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FamilyServices.EndToEnd.Tests.Resilience;

/// <summary>
/// The bot as its own OS process (the built app, started with `dotnet`, settings in environment
/// variables), so a test can SIGKILL it and start it again on the same SQLite file.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    public const string AuthToken = "resilience-auth-token";
    public const string PublicBaseUrl = "https://families.example.org";
    public const string DirectLineSecret = "resilience-direct-line-secret-long-enough";

    private readonly Process process;
    private readonly StringBuilder log = new();
    private long peakBytes;

    private BotProcess(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The most memory the process has held (the kernel's high-water mark), as last sampled.</summary>
    public double PeakMegabytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref peakBytes) / 1048576.0;
        }
    }

    /// <summary>What the bot wrote to its console, for a failure message.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts the bot on a free loopback port and waits until /health answers.</summary>
    public static async Task<BotProcess> StartAsync(string databaseFile, string twilioApiBaseUrl)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = BotFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(BotFolder, "FamilyServices.Bot.dll"));
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = baseUrl,
            ["Urls"] = baseUrl,
            ["ConnectionStrings__Casework"] = $"Data Source={databaseFile}",
            ["Database__Provider"] = "Sqlite",
            ["DirectLine__Secret"] = DirectLineSecret,
            ["Twilio__AccountSid"] = "AC00000000000000000000000000000000",
            ["Twilio__AuthToken"] = AuthToken,
            ["Twilio__PublicBaseUrl"] = PublicBaseUrl,
            ["Twilio__ApiBaseUrl"] = twilioApiBaseUrl,
            ["Twilio__PhoneNumber"] = "+441234567890",
            // Every simulated family comes from 127.0.0.1.
            ["Channels__RateLimits__NewConversationsPerMinute"] = "1000000",
            ["Channels__RateLimits__MessagesPerMinute"] = "1000000",
            // A text being sent when the bot died is picked up again soon after the restart.
            ["Sms__Outbox__Lease"] = "00:00:03",
            ["Sms__Outbox__PollInterval"] = "00:00:00.200",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {process.ExitCode}:\n{bot.Log}");
            }
            try
            {
                if ((await http.GetAsync(baseUrl + "/health")).IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        await bot.DisposeAsync();
        throw new TimeoutException($"The bot did not answer /health within a minute:\n{bot.Log}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, exactly as a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        Sample();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }
        await process.WaitForExitAsync();
    }

    public void Sample()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Refresh();
                var now = process.PeakWorkingSet64;
                long seen;
                do
                {
                    seen = Interlocked.Read(ref peakBytes);
                }
                while (now > seen && Interlocked.CompareExchange(ref peakBytes, now, seen) != seen);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the read.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    /// <summary>A context on the bot's database, as the staff console would open it.</summary>
    public static CaseworkDbContext OpenDatabase(string databaseFile)
    {
        var options = new DbContextOptionsBuilder<SqliteCaseworkDbContext>();
        options.UseSqliteCasework($"Data Source={databaseFile}");
        return new SqliteCaseworkDbContext(options.Options);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            // Enough to explain a failure; a long run must not grow without bound.
            if (log.Length < 200_000)
            {
                log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The bot's own build output (with its appsettings and content), in the configuration this test was built in.</summary>
    private static string BotFolder
    {
        get
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory);
            // tests/EndToEnd.Tests/bin/{Configuration}/{tfm}/
            var framework = here.Name;
            var configuration = here.Parent!.Name;
            var root = here;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "FamilyServices.sln")))
            {
                root = root.Parent;
            }
            var folder = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("The repository root was not found."), "src", "Bot", "bin", configuration, framework);
            return File.Exists(Path.Combine(folder, "FamilyServices.Bot.dll"))
                ? folder
                : throw new FileNotFoundException("Build the bot first: " + folder);
        }
    }
}
