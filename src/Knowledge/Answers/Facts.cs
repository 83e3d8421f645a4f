namespace FamilyServices.Knowledge;

/// <summary>One visiting (or opening) session: the days it runs and its times.</summary>
public sealed record Session(IReadOnlyList<DayOfWeek> Days, TimeOnly Start, TimeOnly End);

/// <summary>Days of the week on which something happens (no times given in the sources).</summary>
public sealed record DayList(IReadOnlyList<DayOfWeek> Days);

/// <summary>A fact taken from the source documents, with where it came from.</summary>
public sealed record Fact(string Name, object Value, string Source)
{
    // Value is one of: string, IReadOnlyList<string>, IReadOnlyList<Session>, DayList, or true (a yes/no fact that holds).
    public IReadOnlyList<Session>? Sessions => Value as IReadOnlyList<Session>;
    public string? Text => Value as string;
}

public sealed record EstablishmentInfo(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, Fact> Facts,
    DateOnly LastReviewed)
{
    /// <summary>Switchboard (ask for the Orderly Officer in an emergency). Null when the source documents do not give it.</summary>
    public string? Switchboard => Facts.GetValueOrDefault("switchboard")?.Text;
    public string? SaferCustodyLine => Facts.GetValueOrDefault("safer_custody_phone")?.Text;
    public string? SaferCustodyEmail => Facts.GetValueOrDefault("safer_custody_email")?.Text;
    public string? VisitsBookingPhone => Facts.GetValueOrDefault("visits_booking_phone")?.Text;

    /// <summary>How to book or ask about visits: the prison's own line when known, else the national online service.</summary>
    public string VisitsBookingContact =>
        VisitsBookingPhone ?? Facts.GetValueOrDefault("online_booking")?.Text ?? throw new InvalidOperationException("no booking contact");

    public bool Has(string fact) => Facts.ContainsKey(fact);
}
