using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EngagementAdvisor.Web.Tests.Infrastructure.WeightsEditor;

namespace EngagementAdvisor.Web.Tests.Admin;

public sealed class WeightsEditorTests : AppTest
{
    private async Task CreateAssessmentsAsync(params string[] bodies)
    {
        foreach (var body in bodies) await CreateAssessmentAsync(body);
    }

    [Fact]
    public async Task Saving_needs_a_comment_and_creates_a_new_version_used_by_new_assessments_only()
    {
        await CreateAssessmentsAsync(FormAnswers.OutsourcingCaseJson);
        using var client = await AdminSession.AdminAsync(Factory);
        using var oldResult = await Factory.CreateClient().GetAsync(new Uri("/admin", UriKind.Relative));

        using var noComment = await PostAsync(client, "Save", await EditorFieldsAsync(client, new Dictionary<string, string> { [ImportanceField("budget")] = "9" }));
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);

        using var saved = await PostAsync(client, "Save", await EditorFieldsAsync(client, new Dictionary<string, string>
        {
            [ImportanceField("budget")] = "9",
            ["Form.Comment"] = "Budget matters more to our clients",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/weights/history?saved=2", saved.Headers.Location!.OriginalString);

        var versions = await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.OrderBy(v => v.Version).ToList()));
        Assert.Equal(2, versions.Count);
        Assert.Equal(AdvisorFactory.AdminEmail, versions[1].CreatedBy);
        Assert.Equal(9, WeightsStore.Deserialize(versions[1].WeightsJson).Importance("budget"), 0);
        Assert.Equal(1, await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single().WeightsVersion)));
    }

    [Fact]
    public async Task Invalid_weights_are_refused_with_a_message_and_nothing_is_saved()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var fields = await EditorFieldsAsync(client, new Dictionary<string, string>
        {
            [ImportanceField("control")] = "11",
            ["Form.Factors[1].Levels[0].Outsourcing"] = "5",
            ["Form.Costs[teamExtensionRateUsd].Low"] = "90",
            ["Form.Costs[outsourcingMarkup].High"] = "301",
            ["Form.Comment"] = "broken",
        });
        // A factor that matters but favours nothing: zero every affinity of niche expertise.
        fields = fields.Select(f => f.Key.StartsWith("Form.Factors[8].Levels", StringComparison.Ordinal) && !f.Key.EndsWith(".Level", StringComparison.Ordinal) ? new KeyValuePair<string, string>(f.Key, "0") : f).ToList();

        using var response = await PostAsync(client, "Save", fields);
        var errors = (await HtmlForms.ParseAsync(response)).QuerySelector("#weights-errors")!.TextContent;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Importance of control: must be a whole number from 0 to 10", errors, StringComparison.Ordinal);
        Assert.Contains("must be a whole number from −2 to +2", errors, StringComparison.Ordinal);
        Assert.Contains("Hourly rate, outstaffing and staff augmentation: the low value is above the likely one", errors, StringComparison.Ordinal);
        Assert.Contains("Outsourcing price above the team-extension rate, high: must be from 0% to 300%", errors, StringComparison.Ordinal);
        Assert.Contains("no answer favours any model", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("TeamExtensionRateUsd", errors, StringComparison.Ordinal);
        // Each message is also on its field, which is marked invalid and names the message; the summary links to it.
        var document = await HtmlForms.ParseAsync(response);
        foreach (var (name, words) in new[]
        {
            ("Form.Costs[teamExtensionRateUsd].Low", "the low value is above the likely one"),
            ("Form.Costs[outsourcingMarkup].High", "from 0% to 300%"),
            (ImportanceField("control"), "from 0 to 10"),
            ("Form.Factors[1].Levels[0].Outsourcing", "from −2 to +2"),
        })
        {
            var input = document.QuerySelector($"input[name='{name}']")!;
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            var message = document.GetElementById(input.GetAttribute("aria-describedby")!.Split(' ')[^1])!;
            Assert.Contains(words, message.TextContent, StringComparison.Ordinal);
            Assert.NotNull(document.QuerySelector($"#weights-errors a[href='#{input.Id}']"));
        }
        Assert.Equal(1, await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.Count())));
    }

    [Fact]
    public async Task Two_admins_editing_the_same_version_the_second_save_is_refused_naming_the_newer_version()
    {
        using var first = await AdminSession.AdminAsync(Factory);
        using var second = await AdminSession.AdminAsync(Factory);
        var firstEdit = await EditorFieldsAsync(first, new Dictionary<string, string> { [ImportanceField("budget")] = "6", ["Form.Comment"] = "first" });
        var secondEdit = await EditorFieldsAsync(second, new Dictionary<string, string> { [ImportanceField("budget")] = "2", ["Form.Comment"] = "second" });

        using var firstSave = await PostAsync(first, "Save", firstEdit);
        using var secondSave = await PostAsync(second, "Save", secondEdit);
        var document = await HtmlForms.ParseAsync(secondSave);

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        Assert.Contains("version 2", document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        // Nothing lost: the second admin's edit is still in the form.
        Assert.Equal("2", document.QuerySelector<IHtmlInputElement>($"input[name='{ImportanceField("budget")}']")!.Value);
        var versions = await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.Select(v => v.Comment).ToList()));
        Assert.Equal(2, versions.Count);
        Assert.Contains("first", versions);
    }

    [Fact]
    public async Task Racing_saves_from_the_same_base_yield_exactly_one_new_version()
    {
        var store = (WeightVersions)Factory.Services.GetService(typeof(WeightVersions))!;
        var weights = DefaultWeights.Create();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => store.SaveAsync(weights, 1, "race", $"racer {i}")));

        Assert.Single(outcomes, o => o is SaveOutcome.Saved);
        Assert.Equal(2, await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.Count())));
    }

    [Fact]
    public async Task The_preview_counts_match_a_rescore_done_by_hand()
    {
        await CreateAssessmentsAsync(
            FormAnswers.OutsourcingCaseJson,
            """{"control":"high","scopeStability":"volatile","inHousePm":"strong","durationMonths":30,"budgetUsd":900000,"teamSize":12}""",
            """{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":8,"budgetUsd":200000,"teamSize":2,"startUrgency":"asap"}""",
            """{"control":"medium","scopeStability":"stable","inHousePm":"partial","durationMonths":10,"budgetUsd":150000}""");
        using var client = await AdminSession.AdminAsync(Factory);
        var edits = new Dictionary<string, string> { [ImportanceField("in-house-pm")] = "0", [ImportanceField("control")] = "0", [ImportanceField("team-size")] = "10" };
        var fields = await EditorFieldsAsync(client, edits);

        using var response = await PostAsync(client, "Preview", fields);
        var document = await HtmlForms.ParseAsync(response);

        // By hand: the same draft built in code, each stored answer scored with it.
        var defaults = DefaultWeights.Create();
        var draft = new WeightSet(defaults.Factors.Select(f => f.Factor switch
        {
            "in-house-pm" or "control" => f with { Importance = 0 },
            "team-size" => f with { Importance = 10 },
            _ => f,
        }).ToList(), defaults.KnockOuts, defaults.Costs);
        var rows = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.ToList()));
        Core.Questions.Answers AnswersOf(EngagementAdvisor.Web.Data.Entities.Assessment row) =>
            EngagementAdvisor.Web.Features.Answers.AnswersJson.Parse(Core.Questions.Questionnaire.Default, row.AnswersJson);
        foreach (var model in EngagementModels.All)
        {
            var before = rows.Count(r => r.RecommendedModel == model.Id());
            var after = rows.Count(r => Scorer.Score(AnswersOf(r), draft).Recommended == model);
            Assert.Equal(before.ToString(System.Globalization.CultureInfo.InvariantCulture), document.QuerySelector($"#preview-{model.Id()} .before")!.TextContent);
            Assert.Equal(after.ToString(System.Globalization.CultureInfo.InvariantCulture), document.QuerySelector($"#preview-{model.Id()} .after")!.TextContent);
        }
        var flips = rows.Count(r => Scorer.Score(AnswersOf(r), draft).Recommended.Id() != r.RecommendedModel);
        Assert.Equal(flips, document.QuerySelectorAll("#preview-flips li").Length);
        Assert.Equal(1, await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.Count())));
    }

    [Fact]
    public async Task The_preview_re_scores_every_stored_result_not_only_the_latest_thousand_and_links_each_change()
    {
        await Factory.Services.GetRequiredService<ResultSeeder>().SeedAsync(1_500, seed: 3);
        using var client = await AdminSession.AdminAsync(Factory);
        var fields = await EditorFieldsAsync(client, new Dictionary<string, string> { [ImportanceField("in-house-pm")] = "0", [ImportanceField("team-size")] = "10" });

        using var response = await PostAsync(client, "Preview", fields);
        var document = await HtmlForms.ParseAsync(response);

        Assert.Equal("Impact on all 1,500 stored results", document.QuerySelector("#preview-heading")!.TextContent);
        var before = EngagementModels.All.Sum(m => int.Parse(document.QuerySelector($"#preview-{m.Id()} .before")!.TextContent, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1_500, before);
        var changed = document.QuerySelector("#preview-changed")!.TextContent;
        var links = document.QuerySelectorAll("#preview-flips li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Matches("^/admin/assessments/[0-9]+$", href));
        Assert.InRange(links.Count, 1, 200);
        Assert.Contains("would change", changed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_streamed_preview_reports_progress_then_the_same_preview_and_an_invalid_draft_answers_400()
    {
        await Factory.Services.GetRequiredService<ResultSeeder>().SeedAsync(3_000, seed: 5);
        using var client = await AdminSession.AdminAsync(Factory);
        var fields = await EditorFieldsAsync(client, new Dictionary<string, string> { [ImportanceField("control")] = "0" });

        using var streamed = await PostAsync(client, "PreviewStream", fields);
        Assert.Equal(HttpStatusCode.OK, streamed.StatusCode);
        var text = await streamed.Content.ReadAsStringAsync();
        var split = text.IndexOf("--preview--\n", StringComparison.Ordinal);
        Assert.True(split > 0, text[..Math.Min(200, text.Length)]);
        var progress = text[..split].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(progress, line => Assert.Matches("^progress [0-9]+ 3000$", line));
        Assert.Equal("progress 3000 3000", progress[^1]);
        var preview = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(text[(split + 12)..]);
        Assert.Equal("Impact on all 3,000 stored results", preview.QuerySelector("#preview-heading")!.TextContent);

        using var plain = await PostAsync(client, "Preview", fields);
        var page = await HtmlForms.ParseAsync(plain);
        foreach (var model in EngagementModels.All)
        {
            Assert.Equal(page.QuerySelector($"#preview-{model.Id()} .after")!.TextContent, preview.QuerySelector($"#preview-{model.Id()} .after")!.TextContent);
        }

        var invalid = await EditorFieldsAsync(client, new Dictionary<string, string> { [ImportanceField("control")] = "11" });
        using var refused = await PostAsync(client, "PreviewStream", invalid);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_preview_stops_its_work()
    {
        await Factory.Services.GetRequiredService<ResultSeeder>().SeedAsync(6_000, seed: 9);
        var previewer = Factory.Services.GetRequiredService<ImpactPreviewer>();
        var progress = new PreviewProgress();
        using var cancel = new CancellationTokenSource();
        var work = previewer.PreviewAsync(DefaultWeights.Create(), progress, cancel.Token);
        while (progress.Checked == 0 && !work.IsCompleted) await Task.Delay(1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work);
        Assert.True(progress.Checked < 6_000, $"{progress.Checked} checked after cancelling");
    }

    [Fact]
    public async Task History_shows_the_difference_between_versions_and_rolling_back_adds_a_version_equal_to_the_old_one()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        using var saved = await PostAsync(client, "Save", await EditorFieldsAsync(client, new Dictionary<string, string> { [ImportanceField("budget")] = "7", ["Form.Comment"] = "budget up" }));

        var diff = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/admin/weights/history?from=1&to=2", UriKind.Relative)));
        Assert.Contains("Importance of budget", diff.QuerySelector("#diff")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 difference", diff.QuerySelector("#diff h2")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(diff.QuerySelector("#version-2 a[href='/admin/weights/history?from=1&to=2']"));
        Assert.Contains(AdvisorFactory.AdminEmail, diff.QuerySelector("#version-2")!.TextContent, StringComparison.Ordinal);

        using var rolledBack = await HtmlForms.SubmitAsync(client, "/admin/weights/history", new Dictionary<string, string> { ["comment"] = "too aggressive" });
        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);

        var versions = await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.OrderBy(v => v.Version).ToList()));
        Assert.Equal(3, versions.Count);
        Assert.Equal(versions[0].WeightsJson, versions[2].WeightsJson);
        Assert.Contains("Roll back to version 1", versions[2].Comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_result_keeps_its_version_and_offers_a_rescore_that_changes_nothing()
    {
        using var api = Factory.CreateClient();
        using var content = new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "application/json");
        using var created = await api.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var before = await api.GetStringAsync(new Uri($"/api/assessments/{token}", UriKind.Relative));
        using var client = await AdminSession.AdminAsync(Factory);
        // Make outsourcing lose: every answer argues against it and for outstaffing, enough to outweigh the rule
        // against outstaffing without an in-house PM.
        var edits = new Dictionary<string, string> { ["Form.Comment"] = "no outsourcing" };
        var factors = Core.Questions.Questionnaire.Default.Scored;
        for (var f = 0; f < factors.Count; f++)
        {
            for (var l = 0; l < factors[f].Levels.Count; l++)
            {
                edits[$"Form.Factors[{f}].Levels[{l}].Outsourcing"] = "-2";
                edits[$"Form.Factors[{f}].Levels[{l}].Outstaffing"] = "2";
            }
        }
        using var saved = await PostAsync(client, "Save", await EditorFieldsAsync(client, edits));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await HtmlForms.ParseAsync(await api.GetAsync(new Uri($"/r/{token}", UriKind.Relative)));
        var rescore = await HtmlForms.ParseAsync(await api.GetAsync(new Uri($"/r/{token}/rescore", UriKind.Relative)));

        Assert.Equal(before, await api.GetStringAsync(new Uri($"/api/assessments/{token}", UriKind.Relative)));
        Assert.Contains("Outsourcing", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("weights version 1", page.QuerySelector(".result-footer")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#rescore-link"));
        Assert.Contains("version 2", rescore.QuerySelector("#view-notice")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Outsourcing", rescore.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Count())));
    }
}
