using System.Globalization;
using System.Text;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Pages.Admin.Assessments;

/// <summary>Stored assessments, newest first, filtered by recommended model and date; CSV export of the same filter.</summary>
public sealed class IndexModel(IDbContextFactory<AdvisorDbContext> contexts) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Model { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Assessment> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db);
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Filtered(db).OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
        var csv = new StringBuilder("id,created_at,weights_version,recommended_model,control,scope_stability,in_house_pm,duration_months,budget_usd,team_size,start_urgency,data_sensitivity,niche_expertise,label,ranking\n");
        foreach (var r in rows)
        {
            var ranking = string.Join(" ", System.Text.Json.JsonDocument.Parse(r.ResultJson).RootElement.GetProperty("recommendation").GetProperty("ranking")
                .EnumerateArray().Select(e => $"{e.GetProperty("model").GetString()}:{e.GetProperty("score").GetDouble().ToString("0.0", CultureInfo.InvariantCulture)}"));
            csv.AppendJoin(',',
                r.Id.ToString(CultureInfo.InvariantCulture), r.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                r.WeightsVersion.ToString(CultureInfo.InvariantCulture), r.RecommendedModel, r.Control, r.ScopeStability, r.InHousePm,
                r.DurationMonths.ToString(CultureInfo.InvariantCulture), r.BudgetUsd.ToString(CultureInfo.InvariantCulture),
                r.TeamSize?.ToString(CultureInfo.InvariantCulture) ?? "", r.StartUrgency ?? "", r.DataSensitivity ?? "",
                r.NicheExpertise is { } n ? (n ? "yes" : "no") : "", Cell(r.Label), ranking).Append('\n');
        }
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "assessments.csv");
    }

    private IQueryable<Assessment> Filtered(AdvisorDbContext db)
    {
        var query = db.Assessments.AsNoTracking().Where(a => a.DeletedAt == null);
        if (EngagementModels.TryParse(Model, out var model))
        {
            var id = model.Id();
            query = query.Where(a => a.RecommendedModel == id);
        }
        if (From is { } from) query = query.Where(a => a.CreatedAt >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        if (To is { } to) query = query.Where(a => a.CreatedAt < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return query;
    }

    /// <summary>Quotes a free-text cell and defuses spreadsheet formulas (CSV injection).</summary>
    private static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
