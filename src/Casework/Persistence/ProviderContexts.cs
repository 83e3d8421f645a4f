using Microsoft.EntityFrameworkCore;

namespace FamilyServices.Casework.Persistence;

// One subclass per provider so each keeps its own migrations (Migrations/Sqlite, Migrations/Postgres).
public sealed class SqliteCaseworkDbContext(DbContextOptions<SqliteCaseworkDbContext> options) : CaseworkDbContext(options);

public sealed class PostgresCaseworkDbContext(DbContextOptions<PostgresCaseworkDbContext> options) : CaseworkDbContext(options);
