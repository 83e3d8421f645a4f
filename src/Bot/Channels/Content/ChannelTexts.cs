using System.Globalization;
using System.Text.Json;

namespace FamilyServices.Bot.Channels.Content;

/// <summary>
/// Reads one JSON file per language from Channels/Content. Every language must have every key the
/// default language has, and a file that does not parse stops start-up with its name: a missing
/// translation would otherwise show a family English, or nothing, in the middle of their language.
/// </summary>
public sealed class ChannelTexts : IChannelTexts
{
    private readonly Dictionary<string, LanguageFile> _files;
    private readonly Dictionary<string, List<(string, string)>> _keywords = new(StringComparer.Ordinal);

    public ChannelTexts(string directory, string defaultLanguage = "en")
    {
        _files = new Dictionary<string, LanguageFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            LanguageFile? file;
            try
            {
                file = JsonSerializer.Deserialize<LanguageFile>(System.IO.File.ReadAllText(path), JsonOptions);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"Channel texts: {Path.GetFileName(path)} line {e.LineNumber + 1}: {e.Message}", e);
            }
            var code = Path.GetFileNameWithoutExtension(path);
            if (file is null || file.Texts is null || file.Keywords is null || string.IsNullOrWhiteSpace(file.Name))
            {
                throw new InvalidOperationException($"Channel texts: {Path.GetFileName(path)} needs name, direction, texts and keywords.");
            }
            _files[code] = file;
        }

        if (!_files.TryGetValue(defaultLanguage, out var reference))
        {
            throw new InvalidOperationException($"Channel texts: no {defaultLanguage}.json in the content folder.");
        }

        var problems = new List<string>();
        foreach (var (code, file) in _files)
        {
            problems.AddRange(reference.Texts!.Keys.Except(file.Texts!.Keys).Select(k => $"{code}.json is missing text '{k}'"));
            problems.AddRange(file.Texts!.Keys.Except(reference.Texts!.Keys).Select(k => $"{code}.json has unknown text '{k}'"));
            problems.AddRange(file.Texts!.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{code}.json has an empty text '{t.Key}'"));
            problems.AddRange(reference.Keywords!.Keys.Except(file.Keywords!.Keys).Select(k => $"{code}.json is missing keywords '{k}'"));
            if (file.Direction is not ("ltr" or "rtl"))
            {
                problems.Add($"{code}.json direction must be ltr or rtl");
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Channel texts: " + string.Join("; ", problems));
        }

        Languages = [defaultLanguage, .. _files.Keys.Where(k => k != defaultLanguage).Order(StringComparer.Ordinal)];
        DefaultLanguage = defaultLanguage;
        foreach (var code in Languages)
        {
            foreach (var (command, words) in _files[code].Keywords!)
            {
                if (!_keywords.TryGetValue(command, out var list))
                {
                    _keywords[command] = list = [];
                }
                list.AddRange(words.Select(w => (w, code)));
            }
        }
    }

    public IReadOnlyList<string> Languages { get; }

    public string DefaultLanguage { get; }

    public bool IsRightToLeft(string language) => FileOf(language).Direction == "rtl";

    public string NativeName(string language) => FileOf(language).Name!;

    public string Get(string language, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!FileOf(language).Texts!.TryGetValue(key, out var text) && !_files[DefaultLanguage].Texts!.TryGetValue(key, out text))
        {
            throw new KeyNotFoundException($"No channel text '{key}'.");
        }
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
            }
        }
        return text;
    }

    public IReadOnlyList<(string Keyword, string Language)> Keywords(string command) =>
        _keywords.TryGetValue(command, out var list) ? list : [];

    public string? Match(string? localeOrLanguage)
    {
        if (string.IsNullOrWhiteSpace(localeOrLanguage))
        {
            return null;
        }
        if (_files.ContainsKey(localeOrLanguage))
        {
            return _files.Keys.First(k => k.Equals(localeOrLanguage, StringComparison.OrdinalIgnoreCase));
        }
        try
        {
            var neutral = CultureInfo.GetCultureInfo(localeOrLanguage).TwoLetterISOLanguageName;
            return _files.ContainsKey(neutral) ? neutral : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private LanguageFile FileOf(string language) =>
        _files.TryGetValue(language, out var file) ? file : _files[DefaultLanguage];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private sealed class LanguageFile
    {
        public string? Name { get; set; }
        public string? Direction { get; set; }
        public Dictionary<string, string>? Texts { get; set; }
        public Dictionary<string, List<string>>? Keywords { get; set; }
    }
}
