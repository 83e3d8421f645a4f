namespace FamilyServices.StaffConsole.Shared;

/// <summary>A GOV.UK text input or textarea with its label, hint and error, drawn by Pages/Shared/_Field.cshtml.</summary>
public sealed record Field(string Name, string Label, string? Value = null, string? Hint = null, bool TextArea = false, string InputClass = "govuk-input", string Type = "text", string? Autocomplete = null, string? Lang = null, bool RightToLeft = false, int Rows = 5)
{
    public string Id => Name.Replace('.', '_');
}

public sealed record Choice(string Value, string Text);

/// <summary>A GOV.UK select or radios group, drawn by Pages/Shared/_Choices.cshtml.</summary>
public sealed record Choices(string Name, string Label, IReadOnlyList<Choice> Options, string? Selected = null, string? Hint = null, bool Radios = false, string? Empty = null)
{
    public string Id => Name.Replace('.', '_');
}
