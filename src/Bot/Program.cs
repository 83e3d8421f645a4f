using FamilyServices.Bot.Channels;
using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.ContentReview;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge;
using FamilyServices.Knowledge.Evaluation;

// `dotnet run --project src/Bot -- eval FILE` scores the router on a TSV of families' messages.
if (args is ["eval", .. var evalArgs])
{
    // `dotnet run` starts the app in the project folder: a relative FILE is the caller's, from their shell's PWD.
    var callerFolder = Environment.GetEnvironmentVariable("PWD");
    var files = evalArgs.Select(a => a.StartsWith("--", StringComparison.Ordinal) || File.Exists(a) || callerFolder is null ? a : Path.Combine(callerFolder, a));
    return EvalCommand.Run([.. files], Console.Out, new Router(KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot)));
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddConversations();
builder.Services.AddContentEdits(builder.Configuration);
builder.AddChannels();

var app = builder.Build();
await app.Services.MigrateCaseworkDatabaseAsync();
app.UseSecurityHeaders(SecurityHeaderPolicy.Assistant);
app.MapDefaultEndpoints();
app.MapChannels();
await app.RunAsync();
return 0;

public partial class Program;
