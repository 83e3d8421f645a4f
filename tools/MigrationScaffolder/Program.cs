// Usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName>
// Adds a migration named <MigrationName> for SQLite and for PostgreSQL under src/Casework/Migrations/.
using FamilyServices.Casework.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName>");
    return 2;
}

var name = args[0];
var root = FindRepositoryRoot();
var project = Path.Combine(root, "src", "Casework");

var sqlite = new DbContextOptionsBuilder<SqliteCaseworkDbContext>();
sqlite.UseSqliteCasework("Data Source=:memory:");
Scaffold(new SqliteCaseworkDbContext(sqlite.Options), "Sqlite");
var postgres = new DbContextOptionsBuilder<PostgresCaseworkDbContext>();
postgres.UsePostgresCasework("Host=localhost");
Scaffold(new PostgresCaseworkDbContext(postgres.Options), "Postgres");
return 0;

void Scaffold(CaseworkDbContext context, string provider)
{
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(context);
    var providerServices = provider == "Sqlite"
        ? (IDesignTimeServices)Activator.CreateInstance(Type.GetType("Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices, Microsoft.EntityFrameworkCore.Sqlite")!)!
        : (IDesignTimeServices)Activator.CreateInstance(Type.GetType("Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices, Npgsql.EntityFrameworkCore.PostgreSQL")!)!;
    providerServices.ConfigureDesignTimeServices(services);
    using var provided = services.BuildServiceProvider();
    var scaffolder = provided.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "FamilyServices.Casework", $"Migrations.{provider}", "C#");
    var files = scaffolder.Save(project, migration, Path.Combine(project, "Migrations", provider));
    Console.WriteLine($"{provider}: {Path.GetRelativePath(root, files.MigrationFile!)}");
}

static string FindRepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FamilyServices.sln")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
