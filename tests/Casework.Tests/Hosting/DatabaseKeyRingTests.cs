using FamilyServices.Casework.Hosting;
using FamilyServices.Casework.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Casework.Tests.Hosting;

public class DatabaseKeyRingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cookie_protected_by_one_instance_is_read_by_another_started_later(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        string protectedCookie;
        await using (var first = Instance(database))
        {
            protectedCookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Protect("worker.leicester@demo.test");
        }

        await using var second = Instance(database);
        Assert.Equal("worker.leicester@demo.test", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Unprotect(protectedCookie));
        await using var db = database.NewContext();
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }

    private static ServiceProvider Instance(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<CaseworkDbContext>(_ => database.NewContext());
        services.AddDatabaseKeyRing("FamilyServices.Tests");
        return services.BuildServiceProvider();
    }
}
