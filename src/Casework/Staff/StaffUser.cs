using Microsoft.AspNetCore.Identity;

namespace FamilyServices.Casework.Staff;

/// <summary>A family worker, manager or administrator who signs in to the console.</summary>
public class StaffUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public List<StaffEstablishment> Establishments { get; set; } = [];
}

/// <summary>An establishment a staff member works for: they see only its records.</summary>
public class StaffEstablishment
{
    public required string StaffUserId { get; set; }
    public required string EstablishmentId { get; set; }
}

public static class StaffRoles
{
    public const string FamilyWorker = "FamilyWorker";
    public const string Manager = "Manager";
    public const string Administrator = "Administrator";

    public static readonly string[] All = [FamilyWorker, Manager, Administrator];
}
