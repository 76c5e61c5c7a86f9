using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Features.Comparisons;

/// <summary>Finds two to four results from pasted links or tokens and reads them side by side; nothing is scored again.</summary>
public sealed class ResultComparer(AssessmentStore store)
{
    public const int Max = 4;

    public async Task<Comparison> CompareAsync(IEnumerable<string?> pasted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pasted);
        var inputs = pasted.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).ToList();
        if (inputs.Count == 0) return Comparison.Empty;
        var problems = new List<string>();
        if (inputs.Count > Max) problems.Add($"Compare at most {Max} results at a time.");
        var results = new List<StoredAssessment>();
        foreach (var input in inputs.Take(Max))
        {
            // A whole pasted link or a bare token.
            var lookup = await store.LookUpAsync(ShareToken.FindIn(input), cancellationToken);
            var typed = input.Length > 60 ? input[..60] + "…" : input;
            if (lookup.Outcome == Lookup.Gone) problems.Add($"The result at “{typed}” was deleted by the person who created it, so it cannot be compared.");
            else if (lookup.Stored is not { } found) problems.Add($"No result found for “{typed}”. Check that the whole link was copied.");
            else if (results.All(r => r.Token != found.Token)) results.Add(found);
        }
        if (results.Count < 2 && problems.Count == 0) problems.Add("Add at least one more result link to compare.");
        // The links found, as tokens, then what could not be read, as typed.
        var shown = results.Select(r => r.Token).Concat(inputs.Where(i => results.All(r => !i.Contains(r.Token, StringComparison.Ordinal)))).ToList();
        var sideBySide = results.Count >= 2 ? ResultComparison.Of([.. results.Select(r => (r.Answers, r.Recommendation))]) : null;
        return new Comparison(results, problems, shown, sideBySide) { AllFound = results.Count == inputs.Take(Max).Count() };
    }
}
