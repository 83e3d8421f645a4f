using FamilyServices.Bot.Channels;
using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;
using FamilyServices.Knowledge;
using FamilyServices.Knowledge.Evaluation;

// `dotnet run --project src/Bot -- eval FILE` scores the router on a TSV of families' messages.
if (args is ["eval", ..])
{
    return EvalCommand.Run(args[1..], Console.Out, KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot));
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddConversations();
builder.AddChannels();

var app = builder.Build();
await app.Services.MigrateCaseworkDatabaseAsync();
app.MapDefaultEndpoints();
app.MapChannels();
await app.RunAsync();
return 0;

public partial class Program;
