using BenchmarkDotNet.Attributes;
using FamilyServices.Knowledge;

namespace FamilyServices.Benchmarks;

/// <summary>Routing runs on every message a family sends: it must stay well under a millisecond.</summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private Router _router = null!;
    private readonly RoutingContext _context = new();

    [Params(
        "wat ID do i need 2 visit",
        "I'm worried about my son, he sounds really low on the phone",
        "czy jest pomoc z kosztami dojazdu",
        "ملاقات کے لیے کیا پہننا چاہیے",
        "wldi makaykoulch w bala3 el 7boob")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _router = new Router(KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot));

    [Benchmark]
    public RouteResult RouteOneMessage() => _router.Route(Message, _context);
}

/// <summary>Loading checks and renders all content at start-up (and when a family worker publishes an edit).</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    [Benchmark]
    public KnowledgeBase LoadAllContent() => KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot);

    [Benchmark]
    public Router LoadContentAndBuildRouter() => new(KnowledgeBase.Load(KnowledgeBase.DefaultContentRoot));
}
