using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FamilyServices.Knowledge.Loading;

/// <summary>A parsed YAML file that remembers where every value came from, for error messages.</summary>
internal sealed class YamlFile
{
    private YamlFile(string relativePath, YamlNode root)
    {
        RelativePath = relativePath;
        Root = root;
    }

    public string RelativePath { get; }
    public YamlNode Root { get; }

    public static YamlFile Read(string contentRoot, string path)
    {
        var relative = Path.GetRelativePath(contentRoot, path).Replace('\\', '/');
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            YamlNode root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
            return new YamlFile(relative, root);
        }
        catch (YamlException e)
        {
            throw new ContentException(relative, (int)e.Start.Line, "not valid YAML: " + e.Message);
        }
    }

    public ContentException Error(YamlNode node, string problem) => new(RelativePath, Line(node), problem);

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} should be a set of 'name: value' lines");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} should be a list of '- ' lines");

    public string Scalar(YamlNode node, string what) =>
        (node as YamlScalarNode)?.Value ?? throw Error(node, $"{what} should be a single value");

    public IEnumerable<(string Key, YamlNode Value, int Line)> Entries(YamlMappingNode map)
    {
        foreach (var (key, value) in map.Children)
        {
            yield return (Scalar(key, "a name"), value, Line(key));
        }
    }

    public YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlNode Required(YamlMappingNode map, string key) =>
        Optional(map, key) ?? throw Error(map, $"'{key}' is missing");

    public string RequiredString(YamlMappingNode map, string key) => Scalar(Required(map, key), key);

    public string? OptionalString(YamlMappingNode map, string key) =>
        Optional(map, key) is { } node ? Scalar(node, key) : null;

    public IReadOnlyList<string> Strings(YamlNode node, string what) =>
        node is YamlScalarNode s ? [s.Value ?? ""] : Sequence(node, what).Children.Select(c => Scalar(c, what)).ToList();
}
