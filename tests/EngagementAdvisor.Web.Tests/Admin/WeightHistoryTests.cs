using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using EngagementAdvisor.Core;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EngagementAdvisor.Web.Tests.Infrastructure.WeightsEditor;

namespace EngagementAdvisor.Web.Tests.Admin;

/// <summary>/admin/weights/history as an admin who tunes weights reads it: differences in words, never in storage paths.</summary>
public sealed class WeightHistoryTests : AppTest
{
    [Fact]
    public async Task A_saved_version_reads_in_words_side_by_side_with_who_saved_each_version_when_and_why()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var sensitivity = Questionnaire.Default.Scored.ToList().IndexOf(Questionnaire.DataSensitivity);
        var high = Questionnaire.DataSensitivity.LevelIndex("high");
        var fields = await EditorFieldsAsync(client, new Dictionary<string, string>
        {
            [ImportanceField("data-sensitivity")] = "7",
            [$"Form.Factors[{sensitivity}].Levels[{high}].Outsourcing"] = "-1",
            ["Form.Costs[teamExtensionRateUsd].Likely"] = "50",
            ["Form.Comment"] = "Sensitive data matters more to our clients",
        });
        // The editor's helper posts each select as the page has it: the first rule's effect is chosen here.
        fields = [.. fields.Select(f => f.Key == "Form.KnockOuts[0].Effect" ? new(f.Key, nameof(KnockOutEffect.Exclude)) : f)];
        using var saved = await PostAsync(client, "Save", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var versions = await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.OrderBy(v => v.Version).ToList()));

        using var response = await client.GetAsync(new Uri("/admin/weights/history?from=1&to=2", UriKind.Relative));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var diff = page.QuerySelector("#diff")!;
        Assert.Equal("Version 1 → version 2: 4 differences", diff.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Questions and what each answer favours", "Rules that penalise or rule out a model", "Cost assumptions"], diff.QuerySelectorAll("tbody th[scope=rowgroup]").Select(th => th.TextContent));
        Assert.Equal(
        [
            ["Importance of data sensitivity", "4", "7"],
            ["Data sensitivity “High” — favours outsourcing", "−2", "−1"],
            ["Rule: when “In-house PM and tech leadership” is “None”, outstaffing", "penalised by 20 points", "ruled out"],
            ["Hourly rate, outstaffing and staff augmentation — likely", "$45/hr", "$50/hr"],
        ], Rows(diff));
        Assert.All(diff.QuerySelectorAll("tbody td:nth-of-type(1)"), td => Assert.Equal("Version 1", td.GetAttribute("data-label")));
        Assert.All(diff.QuerySelectorAll("tbody td:nth-of-type(2)"), td => Assert.Equal("Version 2", td.GetAttribute("data-label")));

        foreach (var version in versions)
        {
            var head = Squeezed(diff.QuerySelector($"thead #diff-version-{version.Version}")!.TextContent);
            Assert.Contains($"Saved by {version.CreatedBy}", head, StringComparison.Ordinal);
            Assert.Contains($"on {Formats.Date(version.CreatedAt)} at {version.CreatedAt.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC", head, StringComparison.Ordinal);
            Assert.Contains($"Why: {version.Comment}", head, StringComparison.Ordinal);
        }
        Assert.Contains(AdvisorFactory.AdminEmail, diff.QuerySelector("thead #diff-version-2")!.TextContent, StringComparison.Ordinal);
        var body = page.Body!.TextContent;
        foreach (var raw in new[] { ".factors[", "].importance", ".knockOuts", ".costs.", "teamExtensionRateUsd", "no-pm-outstaffing" })
        {
            Assert.DoesNotContain(raw, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_version_compared_with_itself_or_with_an_equal_one_shows_no_difference_and_still_who_when_and_why()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var versions = Factory.Services.GetRequiredService<WeightVersions>();
        await versions.SaveAsync(DefaultWeights.Create(), 1, "dana@example.test", "Saved again unchanged");

        foreach (var (query, words) in new[] { ("from=1&to=1", "That is the same version twice."), ("from=1&to=2", "the same way") })
        {
            using var response = await client.GetAsync(new Uri($"/admin/weights/history?{query}", UriKind.Relative));
            var diff = (await HtmlForms.ParseAsync(response)).QuerySelector("#diff")!;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.EndsWith("no differences", diff.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(words, diff.QuerySelector("#diff-none")!.TextContent, StringComparison.Ordinal);
            Assert.Empty(diff.QuerySelectorAll("tbody tr"));
        }
        using var equal = await client.GetAsync(new Uri("/admin/weights/history?from=1&to=2", UriKind.Relative));
        Assert.Contains("Why: Saved again unchanged", Squeezed((await HtmlForms.ParseAsync(equal)).QuerySelector("#diff-version-2")!.TextContent), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=abc&to=2", "Choose two versions to compare")]
    [InlineData("from=1&to=", "Choose two versions to compare")]
    [InlineData("from=1", "Choose two versions to compare")]
    [InlineData("to=2", "Choose two versions to compare")]
    [InlineData("from=1.5&to=2", "Choose two versions to compare")]
    [InlineData("from=99999999999&to=2", "Choose two versions to compare")]
    [InlineData("from=1&to=9", "There is no version 9. Versions 1 to 2 exist.")]
    [InlineData("from=-1&to=2", "There is no version -1. Versions 1 to 2 exist.")]
    public async Task A_comparison_that_cannot_be_made_says_why_and_keeps_the_list_of_versions(string query, string message)
    {
        using var client = await AdminSession.AdminAsync(Factory);
        await Factory.Services.GetRequiredService<WeightVersions>().SaveAsync(DefaultWeights.Create(), 1, "dana@example.test", "again");

        using var response = await client.GetAsync(new Uri($"/admin/weights/history?{query}", UriKind.Relative));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("#history-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#diff"));
        Assert.Equal(2, page.QuerySelectorAll("#versions tbody tr").Length);
    }

    [Fact]
    public async Task Versions_chosen_newer_first_are_compared_older_first()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        await Factory.Services.GetRequiredService<WeightVersions>().SaveAsync(DefaultWeights.Create(), 1, "dana@example.test", "again");

        using var response = await client.GetAsync(new Uri("/admin/weights/history?from=2&to=1", UriKind.Relative));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Version 1 → version 2", page.QuerySelector("#diff h2")?.TextContent ?? page.QuerySelector("#diff")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    private static List<List<string>> Rows(IElement diff) =>
        [.. diff.QuerySelectorAll("tbody tr:not(.version-diff-group)").Select(tr => tr.Children.Select(cell => Squeezed(cell.TextContent)).ToList())];

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
