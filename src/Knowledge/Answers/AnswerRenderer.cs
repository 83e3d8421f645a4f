namespace FamilyServices.Knowledge.Answers;

/// <summary>Turns an answer template into the text a family reads, for one language and one prison.</summary>
internal sealed class AnswerRenderer(
    LanguageProfile language,
    IReadOnlyDictionary<string, string> texts,
    IReadOnlyDictionary<string, Fact> national,
    string answersFile)
{
    public Answer Render(IntentDefinition intent, AnswerTemplate template, EstablishmentInfo? establishment)
    {
        var used = new List<Fact>();
        if (intent.Establishment == EstablishmentUse.Required && establishment is null)
        {
            // Without the prison there is no honest answer: ask which one.
            var ask = texts["ask-establishment"];
            return new Answer(intent.Id, language.Code, null, ask, ask, intent.Source, intent.LastReviewed);
        }

        string? ValueOf(string name, bool brief)
        {
            if (name == "establishment")
            {
                return establishment?.Name;
            }

            var fact = establishment?.Facts.GetValueOrDefault(name) ?? national.GetValueOrDefault(name);
            if (fact is null)
            {
                return null;
            }

            used.Add(fact);
            return FactFormatter.Format(fact, language, brief);
        }

        var shortParts = template.Short.Select(l => l.Render(n => ValueOf(n, brief: true)) ?? "").ToList();
        var fullParts = template.Full.Select(l => l.Render(n => ValueOf(n, brief: false)) ?? "").ToList();

        var missing = establishment is not null && intent.Needs.Any(n => !establishment.Has(n) && !national.ContainsKey(n));
        string shortText, fullText;
        if (missing)
        {
            // Say plainly what we do not know and who can tell them; never fill the gap.
            var notice = texts["answer-missing"].Replace("{establishment}", establishment!.Name) + " " + Contact(establishment, used);
            shortText = notice;
            fullText = AnswerTemplate.Join(fullParts.Prepend(notice), "\n");
        }
        else
        {
            shortText = AnswerTemplate.Join(shortParts, " ");
            fullText = AnswerTemplate.Join(fullParts, "\n");
        }

        if (shortText.Length == 0 || fullText.Length == 0)
        {
            throw new ContentException(answersFile, template.Line,
                $"'{intent.Id}' has nothing to say for {establishment?.Name ?? "no prison"}: add a line without prison facts");
        }

        var sources = used.Select(f => f.Source).Prepend(intent.Source).Distinct();
        var reviewed = establishment is null || intent.LastReviewed < establishment.LastReviewed ? intent.LastReviewed : establishment.LastReviewed;
        return new Answer(intent.Id, language.Code, establishment?.Id, shortText, fullText, string.Join("; ", sources), reviewed);
    }

    private string Contact(EstablishmentInfo establishment, List<Fact> used)
    {
        if (establishment.Facts.GetValueOrDefault("visits_booking_phone") is { } phone)
        {
            used.Add(phone);
            return texts["contact-booking-line"].Replace("{phone}", phone.Text);
        }

        var online = establishment.Facts["online_booking"];
        var helpline = national["helpline_phone"];
        used.Add(online);
        used.Add(helpline);
        return texts["contact-no-local-line"].Replace("{online_booking}", online.Text).Replace("{helpline_phone}", helpline.Text);
    }
}
