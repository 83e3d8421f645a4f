using System.Globalization;
using System.Text.RegularExpressions;

namespace FamilyServices.Casework.ManagementInformation;

/// <summary>
/// A calendar quarter (Q1 is January to March), the period the prison authority asks figures for.
/// Its boundaries are taken in UTC, like every time in the casework database.
/// </summary>
public readonly partial record struct Quarter : IComparable<Quarter>
{
    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 to 4.</summary>
    public int Number { get; }

    /// <summary>The first moment of the quarter, inclusive.</summary>
    public DateTime Start => new(Year, (Number - 1) * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The first moment of the next quarter, exclusive.</summary>
    public DateTime End => Start.AddMonths(3);

    public Quarter Previous => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);

    public Quarter Next => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);

    public bool Contains(DateTime utc) => utc >= Start && utc < End;

    public static Quarter Containing(DateTime utc) => new(utc.Year, (utc.Month - 1) / 3 + 1);

    /// <summary>The quarter before the one containing <paramref name="utc"/>: the one a manager reports on.</summary>
    public static Quarter LastCompleteBefore(DateTime utc) => Containing(utc).Previous;

    /// <summary>The quarter in progress and the ones before it, newest first: the choices a manager picks from.</summary>
    public static IReadOnlyList<Quarter> Recent(DateTime utcNow, int count = 8)
    {
        var quarters = new List<Quarter> { Containing(utcNow) };
        while (quarters.Count < count)
        {
            quarters.Add(quarters[^1].Previous);
        }
        return quarters;
    }

    /// <summary>"2026-Q3", the form used in addresses and file names.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");

    /// <summary>"July to September 2026", the form a manager reads.</summary>
    public string Describe()
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        return $"{Start.ToString("MMMM", culture)} to {Start.AddMonths(2).ToString("MMMM", culture)} {Year}";
    }

    /// <summary>Reads "2026-Q3", "2026Q3" or "2026 q3".</summary>
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 2000 || year > 9998)
        {
            return false;
        }
        quarter = new Quarter(year, match.Groups["number"].Value[0] - '0');
        return true;
    }

    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    [GeneratedRegex(@"^(?<year>\d{4})[\s-]?[Qq](?<number>[1-4])$")]
    private static partial Regex Pattern();
}
