if (args is ["eval", ..]) return FamilyServices.Knowledge.Evaluation.EvalCommand.Run(args[1..], Console.Out, FamilyServices.Knowledge.KnowledgeBase.Load(FamilyServices.Knowledge.KnowledgeBase.DefaultContentRoot));

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
return 0;

public partial class Program;
