using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Data.Entities;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>Which stored results an admin looks at: by recommended model and by creation date (UTC days, inclusive).</summary>
public sealed record AssessmentFilter(EngagementModel? Model, DateOnly? From, DateOnly? To)
{
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
