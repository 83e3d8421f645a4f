using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Knowledge.Tests;

public class ServiceRegistrationTests
{
    [Fact]
    public void AddKnowledge_registers_one_store_and_a_router_that_follows_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:ContentPath"] = KnowledgeBase.DefaultContentRoot,
        }).Build();
        using var provider = new ServiceCollection().AddKnowledge(configuration).BuildServiceProvider();

        var store = provider.GetRequiredService<KnowledgeStore>();
        Assert.Same(store, provider.GetRequiredService<KnowledgeStore>());
        Assert.Equal(6, store.Current.Languages.Count);
        Assert.Equal("visiting-times", provider.GetRequiredService<Router>().Route("visiting times", new RoutingContext()).Intent);
    }

    [Fact]
    public void Bad_content_fails_at_start_up()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:ContentPath"] = Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid().ToString("N")),
        }).Build();
        Assert.Throws<ContentException>(() => new ServiceCollection().AddKnowledge(configuration));
    }
}
