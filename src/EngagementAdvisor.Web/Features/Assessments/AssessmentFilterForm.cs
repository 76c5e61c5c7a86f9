using System.Globalization;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// The admins' list filter as the query string carries it: raw text, checked by
/// <see cref="AssessmentFilterFormValidator"/> before it becomes an <see cref="AssessmentFilter"/>. A link can be
/// edited by hand, so a field may hold anything.
/// </summary>
public sealed record AssessmentFilterForm(string? Model, string? From, string? To)
{
    /// <summary>What a date field sends (HTML's valid date string), and the only form a date is read in.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    public static bool TryReadDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The filter itself, for a form the validator accepted (on any other, what cannot be read is left out).</summary>
    public AssessmentFilter ToFilter() => new(
        EngagementModels.TryParse(Model, out var model) ? model : null,
        TryReadDate(From, out var from) ? from : null,
        TryReadDate(To, out var to) ? to : null);
}
