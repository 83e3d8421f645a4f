var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapRazorPages();
app.Run();

public partial class Program;
