using YamlDotNet.RepresentationModel;

namespace FamilyServices.Knowledge.Tests.Content;

/// <summary>
/// A phrase listed twice in a language's welfare words hides which entry a family worker should correct: each list
/// names a phrase once.
/// </summary>
public class WelfareListTests
{
    [Fact]
    public void No_welfare_list_names_a_phrase_twice()
    {
        var files = Directory.GetFiles(KnowledgeBase.DefaultContentRoot, "welfare.yaml", SearchOption.AllDirectories);
        Assert.Equal(6, files.Length);
        var repeated = new List<string>();
        foreach (var file in files)
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                stream.Load(reader);
            }

            Walk(stream.Documents[0].RootNode, Path.GetFileName(Path.GetDirectoryName(file))!);
        }

        Assert.Empty(repeated);

        void Walk(YamlNode node, string path)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        Walk(value, path + "/" + key);
                    }

                    break;
                case YamlSequenceNode sequence:
                    repeated.AddRange(sequence.Children.OfType<YamlScalarNode>().GroupBy(s => s.Value).Where(g => g.Count() > 1)
                        .Select(g => $"{path}: {g.Key}"));
                    break;
            }
        }
    }
}
