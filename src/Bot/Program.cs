using FamilyServices.Bot.Conversations;
using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;

if (args is ["eval", ..]) return FamilyServices.Knowledge.Evaluation.EvalCommand.Run(args[1..], Console.Out, FamilyServices.Knowledge.KnowledgeBase.Load(FamilyServices.Knowledge.KnowledgeBase.DefaultContentRoot));

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddConversations();

var app = builder.Build();
await app.Services.MigrateCaseworkDatabaseAsync();
app.MapDefaultEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
