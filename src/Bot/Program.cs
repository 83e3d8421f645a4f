var builder = WebApplication.CreateBuilder(args);
builder.AddChannels();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapChannels();
app.Run();

public partial class Program;
