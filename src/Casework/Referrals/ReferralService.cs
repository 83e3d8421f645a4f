namespace FamilyServices.Casework.Referrals;

/// <summary>An outside service family workers refer to; the administrator keeps the catalogue.</summary>
public class ReferralService
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? Contact { get; set; }
    public string? Description { get; set; }
    public bool Active { get; set; } = true;

    public static readonly ReferralService[] Catalogue =
    [
        new() { Id = 1, Name = "Citizens Advice", Kind = "advice" },
        new() { Id = 2, Name = "Family Information Service", Kind = "children" },
        new() { Id = 3, Name = "Debt advice", Kind = "debt" },
        new() { Id = 4, Name = "Housing advice", Kind = "housing" },
        new() { Id = 5, Name = "Drug and alcohol support", Kind = "substance-misuse" },
        new() { Id = 6, Name = "Prisoners' Families Helpline", Kind = "family-support", Contact = "0808 808 2003" },
        new() { Id = 7, Name = "Official Prison Visitors", Kind = "contact-alternative" },
        new() { Id = 8, Name = "Penfriend scheme", Kind = "contact-alternative" },
        new() { Id = 9, Name = "Prison visitor scheme", Kind = "contact-alternative" },
    ];
}
