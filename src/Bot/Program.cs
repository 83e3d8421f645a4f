using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

var app = builder.Build();
await app.Services.MigrateCaseworkDatabaseAsync();
app.MapDefaultEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
