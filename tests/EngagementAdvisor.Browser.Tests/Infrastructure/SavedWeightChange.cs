using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Browser.Tests.Infrastructure;

/// <summary>
/// A weight version that changes something of every kind (long names, reasons and a comment), saved for a test that
/// reads the history's differences, then the weights put back: the other tests share this app and expect its advice.
/// </summary>
public static class SavedWeightChange
{
    public static async Task WithAsync(BrowserFixture fixture, Func<int, int, Task> body)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(body);
        var latest = await fixture.App.Services.GetRequiredService<WeightsStore>().GetLatestAsync();
        var weights = latest.Weights;
        var changed = new WeightSet(
            [.. weights.Factors.Select(f => f with { Importance = 10 - f.Importance, Levels = [.. f.Levels.Select(l => l with { Offshoring = -l.Offshoring })] })],
            [.. weights.KnockOuts.Skip(1).Select(r => r with { Effect = KnockOutEffect.Exclude, Reason = r.Reason + " Ruled out since the spring review.", Facts = [.. r.Facts.Take(1)] })],
            weights.Costs with { TeamExtensionRateUsd = new(30, 50, 90), PartTimeShare = 0.6, OffshoringSetupUsd = new(25_000, 45_000, 90_000) });
        var versions = fixture.App.Services.GetRequiredService<WeightVersions>();
        var saved = await versions.SaveAsync(changed, latest.Version, "dana.reyes@northwind-advisory.example",
            "Clients in finance and health weigh data sensitivity more; rates rose this spring (vendor quotes of March).");
        Assert.IsType<SaveOutcome.Saved>(saved);
        try
        {
            await body(latest.Version, latest.Version + 1);
        }
        finally
        {
            await versions.SaveAsync(weights, latest.Version + 1, "browser tests", "Weights as they were before the test");
        }
    }
}
