using System.Diagnostics;
using System.Text.Json;

namespace FamilyServices.Bot.Tests.Channels;

/// <summary>Runs the real Node `twilio` library, so our signatures are checked against Twilio's own code.</summary>
public static class NodeTools
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TwilioSignature(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var input = JsonSerializer.Serialize(new { authToken, url, @params = parameters.ToDictionary(p => p.Key, p => p.Value) });
        const string script = """
            const twilio = require('twilio');
            let data = '';
            process.stdin.on('data', c => data += c).on('end', () => {
              const { authToken, url, params } = JSON.parse(data);
              process.stdout.write(twilio.getExpectedTwilioSignature(authToken, url, params));
            });
            """;
        return RunNode(script, input);
    }

    public static string RunNode(string script, string stdin)
    {
        var start = new ProcessStartInfo("node", ["-e", script])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        node.StandardInput.Write(stdin);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node failed ({node.ExitCode}): {error}");
        }
        return output;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "FamilyServices.sln")))
            {
                if (!Directory.Exists(Path.Combine(dir.FullName, "node_modules", "twilio")))
                {
                    throw new InvalidOperationException($"node_modules/twilio is missing: run `npm ci` in {dir.FullName} first.");
                }
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find the repository root (package.json beside FamilyServices.sln).");
    }
}
