using System.Buffers;
using System.Text;
using FamilyServices.Bot.Channels.Content;
using FamilyServices.Bot.Conversations;

namespace FamilyServices.Bot.Channels.Sms;

/// <summary>
/// Turns the engine's replies into SMS bodies: choices become a numbered list, and an answer longer
/// than three segments is cut at a word into pages that end with "Reply MORE" in the person's language.
/// Three segments keeps a pay-as-you-go family's cost down and is far below Twilio's 1600 characters.
/// </summary>
public sealed class SmsReplyFormatter(IChannelTexts texts)
{
    public const int MaxSegments = 3;

    /// <summary>One body for all the replies of a turn, and the choices in the order they are numbered.</summary>
    public (string Body, IReadOnlyList<ReplyChoice> Choices, string Language) Render(IReadOnlyList<OutgoingReply> replies)
    {
        var body = new StringBuilder();
        var choices = new List<ReplyChoice>();
        var language = texts.DefaultLanguage;
        foreach (var reply in replies)
        {
            language = texts.Match(reply.Language) ?? language;
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }
            body.Append(reply.Text.Trim());
            if (reply.Choices.Count == 0)
            {
                continue;
            }
            var first = choices.Count + 1;
            foreach (var choice in reply.Choices)
            {
                choices.Add(choice);
                body.Append('\n').Append(choices.Count).Append(". ").Append(choice.Label);
            }
            body.Append('\n').Append(ChoosePrompt(language, first, choices.Count));
        }
        return (body.ToString(), choices, language);
    }

    /// <summary>Pages of at most three segments each; every page but the last asks for MORE.</summary>
    public IReadOnlyList<string> Paginate(string text, string language)
    {
        text = text.Trim();
        if (SmsSegments.Count(text) <= MaxSegments)
        {
            return [text];
        }
        var suffix = "\n\n" + texts.Get(language, "sms.more_prompt");
        var pages = new List<string>();
        var rest = text;
        while (SmsSegments.Count(rest) > MaxSegments)
        {
            var cut = LongestFittingCut(rest, suffix);
            pages.Add(rest[..cut].TrimEnd() + suffix);
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0)
        {
            pages.Add(rest);
        }
        return pages;
    }

    private static int LongestFittingCut(string text, string suffix)
    {
        // No page can be longer than three GSM-7 segments of single septets.
        var upper = Math.Min(text.Length, 160 * MaxSegments);
        // Each candidate page is counted in one buffer: a string per candidate was most of an SMS turn's garbage.
        var page = ArrayPool<char>.Shared.Rent(upper + suffix.Length);
        try
        {
            for (var cut = upper; cut > 0; cut--)
            {
                if (!char.IsWhiteSpace(text[cut - 1]) && (cut == text.Length || !char.IsWhiteSpace(text[cut])))
                {
                    continue;
                }
                var head = text.AsSpan(0, cut);
                if (SegmentsWithSuffix(page, head.TrimEnd(), suffix) <= MaxSegments && !head.Trim().IsEmpty)
                {
                    return cut;
                }
            }
            // One word longer than a page: cut inside it, never inside a surrogate pair.
            for (var cut = upper; cut > 1; cut--)
            {
                if (!char.IsLowSurrogate(text[cut - 1]) || cut == text.Length)
                {
                    if (!char.IsHighSurrogate(text[cut - 1]) && SegmentsWithSuffix(page, text.AsSpan(0, cut), suffix) <= MaxSegments)
                    {
                        return cut;
                    }
                }
            }
            return 1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(page);
        }
    }

    private static int SegmentsWithSuffix(char[] page, ReadOnlySpan<char> head, string suffix)
    {
        head.CopyTo(page);
        suffix.CopyTo(page.AsSpan(head.Length));
        return SmsSegments.Count(page.AsSpan(0, head.Length + suffix.Length));
    }

    private string ChoosePrompt(string language, int first, int last)
    {
        var numbers = Enumerable.Range(first, last - first + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var list = numbers.Count == 1
            ? numbers[0]
            : string.Join(texts.Get(language, "sms.list_separator"), numbers[..^1]) + " " + texts.Get(language, "sms.or") + " " + numbers[^1];
        return texts.Get(language, "sms.choose_prompt", new Dictionary<string, string> { ["numbers"] = list });
    }
}
