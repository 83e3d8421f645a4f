using FamilyServices.Bot.Conversations.Recognisers;

namespace FamilyServices.Bot.Tests.Conversations.Recognisers;

/// <summary>Each recogniser on the real vocabulary of the content files, the person's language first, then English.</summary>
public class RecogniserTests
{
    private static readonly Lazy<FamilyServices.Bot.Conversations.IAssistantKnowledge> Knowledge = new(ConversationHarness.RealKnowledge);

    // Tuesday: "last Tuesday" is a week ago, "Sunday" two days ago.
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static IReadOnlyList<Vocabulary> In(string language) =>
        language == "en"
            ? [Vocabulary.From(k => Knowledge.Value.Text("en", k))]
            : [Vocabulary.From(k => Knowledge.Value.Text(language, k)), Vocabulary.From(k => Knowledge.Value.Text("en", k))];

    [Theory]
    [InlineData("en", "yes", true)]
    [InlineData("en", "Yeah", true)]
    [InlineData("en", "ok", true)]
    [InlineData("en", "no thanks", false)]
    [InlineData("en", "nope", false)]
    [InlineData("en", "yes I would", true)]
    [InlineData("en", "I know", null)]
    [InlineData("cy", "ydw", true)]
    [InlineData("cy", "nac ydw", false)]
    [InlineData("cy", "ydyn", true)]
    [InlineData("cy", "nac ydyn", false)]
    [InlineData("pl", "Tak", true)]
    [InlineData("pl", "nie dziękuję", false)]
    [InlineData("pl", "yes", true)]
    [InlineData("ro", "da", true)]
    [InlineData("ro", "nu", false)]
    [InlineData("ar", "نعم", true)]
    [InlineData("ar", "لا", false)]
    [InlineData("ar", "أيوه", true)]
    [InlineData("ur", "جی ہاں", true)]
    [InlineData("ur", "نہیں", false)]
    [InlineData("ur", "haan", true)]
    public void Yes_or_no(string language, string text, bool? expected) =>
        Assert.Equal(expected, YesNoRecogniser.Recognise(text, In(language)));

    [Theory]
    [InlineData("en", "4", 4)]
    [InlineData("en", "four", 4)]
    [InlineData("en", "3.", 3)]
    [InlineData("en", "4/5", 4)]
    [InlineData("en", "maybe three", 3)]
    [InlineData("en", "3pm", null)]
    [InlineData("en", "lots", null)]
    [InlineData("cy", "pump", 5)]
    [InlineData("pl", "pięć", 5)]
    [InlineData("pl", "piec", 5)]
    [InlineData("pl", "dwie", 2)]
    [InlineData("ro", "trei", 3)]
    [InlineData("ro", "două", 2)]
    [InlineData("ar", "٤", 4)]
    [InlineData("ar", "خمسة", 5)]
    [InlineData("ar", "ثلاث", 3)]
    [InlineData("ur", "۵", 5)]
    [InlineData("ur", "چار", 4)]
    public void Numbers_as_digits_in_any_script_or_words(string language, string text, int? expected) =>
        Assert.Equal(expected, NumberRecogniser.Recognise(text, In(language)));

    [Theory]
    [InlineData("en", "today", "2026-11-24")]
    [InlineData("en", "yesterday", "2026-11-23")]
    [InlineData("en", "Sunday", "2026-11-22")]
    [InlineData("en", "last tuesday", "2026-11-17")]
    [InlineData("en", "tuesday", "2026-11-24")]
    [InlineData("en", "on wed", "2026-11-18")]
    [InlineData("en", "14/03/2026", "2026-03-14")]
    [InlineData("en", "1/11/26", "2026-11-01")]
    [InlineData("en", "14.11.2026", "2026-11-14")]
    [InlineData("en", "25/12", "2025-12-25")]
    [InlineData("en", "31/02/2026", null)]
    [InlineData("en", "banana", null)]
    [InlineData("cy", "ddoe", "2026-11-23")]
    [InlineData("cy", "dydd Mawrth diwethaf", "2026-11-17")]
    [InlineData("pl", "wczoraj", "2026-11-23")]
    [InlineData("pl", "w zeszły wtorek", "2026-11-17")]
    [InlineData("pl", "w niedzielę", "2026-11-22")]
    [InlineData("ro", "ieri", "2026-11-23")]
    [InlineData("ro", "marțea trecută", "2026-11-17")]
    [InlineData("ar", "أمس", "2026-11-23")]
    [InlineData("ar", "الثلاثاء الماضي", "2026-11-17")]
    [InlineData("ar", "١٤/١١/٢٠٢٦", "2026-11-14")]
    [InlineData("ur", "کل", "2026-11-23")]
    [InlineData("ur", "پچھلے منگل", "2026-11-17")]
    [InlineData("ur", "۱۴/۱۱/۲۰۲۶", "2026-11-14")]
    public void Dates_families_give(string language, string text, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateRecogniser.Recognise(text, Today, In(language)));

    [Theory]
    [InlineData("07700 900123", "+447700900123")]
    [InlineData("07700-900-123", "+447700900123")]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("0044 7700 900123", "+447700900123")]
    [InlineData("(01480) 335000", "+441480335000")]
    [InlineData("٠٧٧٠٠٩٠٠١٢٣", "+447700900123")]
    [InlineData("0770090012", null)]
    [InlineData("+48 601 234 567", null)]
    [InlineData("call me", null)]
    public void Uk_phone_numbers(string text, string? expected) =>
        Assert.Equal(expected, PhoneNumberRecogniser.Recognise(text));

    [Theory]
    [InlineData("A1234BC", "A1234BC")]
    [InlineData("a1234bc", "A1234BC")]
    [InlineData("A 1234 BC", "A1234BC")]
    [InlineData("a1234-bc", "A1234BC")]
    [InlineData("A123BC", null)]
    [InlineData("12345AB", null)]
    [InlineData("don't know", null)]
    public void Prison_numbers(string text, string? expected) =>
        Assert.Equal(expected, PrisonNumberRecogniser.Recognise(text));

    private static readonly ChoiceOption[] Topics =
    [
        new("booking", "Booking a visit", ["booking", "book"]),
        new("staff", "Staff", ["officer", "rude"]),
        new("searches", "Searches", ["search", "searched"]),
        new("other", "Something else", ["other"]),
    ];

    [Theory]
    [InlineData("en", "2", "staff")]
    [InlineData("en", "two", "staff")]
    [InlineData("en", "Staff", "staff")]
    [InlineData("en", "the officer was rude", "staff")]
    [InlineData("en", "serches", "searches")]
    [InlineData("en", "booking a visit", "booking")]
    [InlineData("en", "5", null)]
    [InlineData("en", "banana", null)]
    [InlineData("ar", "٣", "searches")]
    [InlineData("pl", "cztery", "other")]
    public void Choices_by_number_label_synonym_or_near_miss(string language, string text, string? expected) =>
        Assert.Equal(expected, ChoiceRecogniser.Recognise(text, Topics, In(language)));
}
