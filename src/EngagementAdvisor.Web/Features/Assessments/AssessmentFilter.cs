using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Data.Entities;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>Which stored results an admin looks at: by recommended model and by creation date (UTC days, inclusive).</summary>
public sealed record AssessmentFilter(EngagementModel? Model, DateOnly? From, DateOnly? To)
{
    /// <summary>
    /// The export's file name, saying what it holds, so two exports of different filters do not overwrite each other:
    /// "assessments-outsourcing-2026-11-01-to-2026-11-15.csv", "assessments-all.csv".
    /// </summary>
    public string FileName()
    {
        var parts = new List<string> { "assessments", Model is { } model ? model.Id() : "all" };
        if (From is { } from) parts.Add("from-" + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (To is { } to) parts.Add("to-" + to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return string.Join('-', parts) + ".csv";
    }

    /// <summary>Every result not deleted.</summary>
    public static readonly AssessmentFilter All = new(null, null, null);

    /// <summary>Results not deleted and within the filter.</summary>
    public IQueryable<Assessment> Apply(IQueryable<Assessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var query = assessments.Where(a => a.DeletedAt == null);
        if (Model is { } model)
        {
            var id = model.Id();
            query = query.Where(a => a.RecommendedModel == id);
        }
        if (From is { } from) query = query.Where(a => a.CreatedAt >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        // The last day there is has no day after it: no upper bound.
        if (To is { } to && to < DateOnly.MaxValue) query = query.Where(a => a.CreatedAt < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return query;
    }
}
