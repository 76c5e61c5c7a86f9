using System.Globalization;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin.Weights;

public sealed class HistoryModel(WeightVersions versions) : PageModel
{
    public IReadOnlyList<WeightSetVersion> Versions { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }
    [BindProperty(SupportsGet = true)] public int? Saved { get; set; }
    public string? Message { get; private set; }

    /// <summary>The two versions compared, older first, with what differs between them; null when none were asked for.</summary>
    public WeightSetVersion? Older { get; private set; }
    public WeightSetVersion? Newer { get; private set; }
    public WeightSetDifferences? Differences { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await versions.HistoryAsync(cancellationToken);
        var asked = Request.Query.ContainsKey("from") || Request.Query.ContainsKey("to");
        if (!asked) return Page();
        if (Invalid(nameof(From)) || Invalid(nameof(To)) || From is not { } from || To is not { } to)
        {
            return Refuse("Choose two versions to compare, each by its number, such as “from 1 to 2”.");
        }
        var older = Versions.FirstOrDefault(v => v.Version == from);
        var newer = Versions.FirstOrDefault(v => v.Version == to);
        if (older is null || newer is null)
        {
            var missing = older is null ? from : to;
            return Refuse($"There is no version {missing.ToString(CultureInfo.InvariantCulture)}. {Existing()}");
        }
        // Compared the other way round, the same differences read older → newer: what the admin meant.
        if (from > to)
        {
            (from, to, older, newer) = (to, from, newer, older);
            (From, To) = (from, to);
        }
        (Older, Newer) = (older, newer);
        Differences = await versions.DiffAsync(from, to, cancellationToken);
        return Page();
    }

    private bool Invalid(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    private string Existing() => Versions.Count switch
    {
        0 => "No version is stored yet.",
        1 => "Only version 1 exists.",
        _ => $"Versions {Versions[^1].Version.ToString(CultureInfo.InvariantCulture)} to {Versions[0].Version.ToString(CultureInfo.InvariantCulture)} exist.",
    };

    private PageResult Refuse(string message)
    {
        Message = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostRollBackAsync(int version, int baseVersion, string? comment, CancellationToken cancellationToken)
    {
        Versions = await versions.HistoryAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(comment) || comment.Length > Features.Weights.WeightsFormValidator.CommentMaxLength || !Versions.Any(v => v.Version == version))
        {
            Message = string.IsNullOrWhiteSpace(comment) ? "Say why you are rolling back; the comment is kept with the new version."
                : comment.Length > Features.Weights.WeightsFormValidator.CommentMaxLength ? "The comment can be at most 1,000 characters."
                : "That version does not exist.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await versions.RollBackAsync(version, baseVersion, User.Identity?.Name ?? "admin", comment, cancellationToken);
        if (outcome is SaveOutcome.Conflict conflict)
        {
            Message = $"Not rolled back: version {conflict.Latest} was saved after you loaded this page (at version {baseVersion}). Reload and try again.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/admin/weights/history?saved={((SaveOutcome.Saved)outcome).Version}");
    }
}
