using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Knowledge;

public static class KnowledgeServiceExtensions
{
    /// <summary>
    /// Loads the content (from Knowledge:ContentPath, or the folder next to the assembly) and registers the store
    /// and a router that follows it. Bad content fails here, at start-up.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration["Knowledge:ContentPath"];
        var root = string.IsNullOrWhiteSpace(path) ? KnowledgeBase.DefaultContentRoot : path;
        var store = new KnowledgeStore(KnowledgeBase.Load(root));
        services.AddSingleton(store);
        services.AddSingleton(new Router(store));
        return services;
    }
}
