using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Courses;

/// <summary>Says a duration the way a person would: "10 Minuten", "1 Stunde", rounded up.</summary>
public static class Durations
{
    public static string Describe(TimeSpan duration, IStringLocalizer localizer)
    {
        var (count, unit) = duration.TotalSeconds switch
        {
            < 60 => ((int)Math.Ceiling(duration.TotalSeconds), "Seconds"),
            < 2 * 3600 => ((int)Math.Ceiling(duration.TotalMinutes), "Minutes"),
            < 2 * 86400 => ((int)Math.Ceiling(duration.TotalHours), "Hours"),
            _ => ((int)Math.Ceiling(duration.TotalDays), "Days"),
        };
        return localizer[count == 1 ? $"Duration.{unit}.One" : $"Duration.{unit}", count];
    }
}
