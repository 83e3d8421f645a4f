using FamilyServices.Casework.Escalations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyServices.Casework.Hosting;

/// <summary>When family workers are at work, so the assistant can say when a person will reply.</summary>
public sealed class OfficeHoursSettings
{
    public const string Section = "OfficeHours";
    public string TimeZone { get; set; } = "Europe/London";
    public DayOfWeek[] Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    public TimeOnly Opens { get; set; } = new(9, 0);
    public TimeOnly Closes { get; set; } = new(17, 0);
}

/// <summary>How soon an escalation should be picked up, by severity.</summary>
public sealed class ResponseTargetSettings
{
    public const string Section = "ResponseTargets";
    public TimeSpan Emergency { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan Urgent { get; set; } = TimeSpan.FromHours(4);
    public int RoutineWorkingDays { get; set; } = 2;

    public TimeSpan For(Severity severity) => severity switch
    {
        Severity.Emergency => Emergency,
        Severity.Urgent => Urgent,
        // Counted in working days by the console; as a plain span it is the lower bound.
        _ => TimeSpan.FromDays(RoutineWorkingDays),
    };
}

public sealed class ComplaintSettings
{
    public const string Section = "Complaints";
    public int ResponseWorkingDays { get; set; } = 10;
}

/// <summary>How long records are kept before the retention job erases them.</summary>
public sealed class RetentionSettings
{
    public const string Section = "Retention";
    public int ConversationDays { get; set; } = 365;
    public int ClosedEscalationDays { get; set; } = 2190;
    public int ClosedCaseDays { get; set; } = 2190;
    public int ComplaintDays { get; set; } = 2190;
    public int SurveyDays { get; set; } = 1095;
    public int AuditDays { get; set; } = 2555;
}

internal static class SettingsRegistration
{
    public static IServiceCollection AddSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OfficeHoursSettings>(configuration.GetSection(OfficeHoursSettings.Section));
        services.Configure<ResponseTargetSettings>(configuration.GetSection(ResponseTargetSettings.Section));
        services.Configure<ComplaintSettings>(configuration.GetSection(ComplaintSettings.Section));
        services.Configure<RetentionSettings>(configuration.GetSection(RetentionSettings.Section));
        return services;
    }
}
