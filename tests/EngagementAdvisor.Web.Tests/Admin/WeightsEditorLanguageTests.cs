using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Tests.Infrastructure;
using static EngagementAdvisor.Web.Tests.Infrastructure.WeightsEditor;

namespace EngagementAdvisor.Web.Tests.Admin;

/// <summary>Issue 22: the weights editor speaks the admin's language (labels, units, sources, rules by choice, preview in words).</summary>
public sealed class WeightsEditorLanguageTests : AppTest
{
    private static async Task<IDocument> EditorAsync(HttpClient client)
    {
        using var page = await client.GetAsync(new Uri("/admin/weights", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await HtmlForms.ParseAsync(page);
    }

    private async Task<WeightSet> LatestAsync() =>
        await Factory.WithDbAsync(db => Task.FromResult(WeightsStore.Deserialize(db.WeightSetVersions.OrderByDescending(v => v.Version).First().WeightsJson)));

    [Fact]
    public async Task Every_cost_assumption_is_labelled_in_words_with_its_unit_range_help_and_source_and_percentages_read_as_percentages()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var document = await EditorAsync(client);

        foreach (var field in AssumptionFields.All)
        {
            var row = document.GetElementById($"cost-{field.Key}")!;
            var text = row.TextContent;
            Assert.Contains(field.Label, text, StringComparison.Ordinal);
            Assert.Contains(field.UnitWords, text, StringComparison.Ordinal);
            Assert.Contains(field.Help, text, StringComparison.Ordinal);
            Assert.Contains(field.RangeWords, text, StringComparison.Ordinal);
            Assert.Contains(field.SourceWords, text, StringComparison.Ordinal);
            foreach (var input in row.QuerySelectorAll<IHtmlInputElement>("input"))
            {
                Assert.Contains(field.Label, input.GetAttribute("aria-label")!, StringComparison.Ordinal);
                // The help and the source are read with each field.
                Assert.NotNull(row.QuerySelector("#" + input.GetAttribute("aria-describedby")!.Split(' ')[0]));
            }
        }
        Assert.Equal("25", document.QuerySelector<IHtmlInputElement>("input[name='Form.Costs[outsourcingMarkup].Likely']")!.Value);
        Assert.Equal("45", document.QuerySelector<IHtmlInputElement>("input[name='Form.Costs[teamExtensionRateUsd].Likely']")!.Value);
        Assert.Contains("Quoted by vendors (F32, F33)", document.GetElementById("cost-teamExtensionRateUsd")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Our assumption, after F55", document.GetElementById("cost-outsourcingMarkup")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("TeamExtensionRateUsd", document.QuerySelector("#weights-form")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_question_says_what_its_importance_and_affinities_mean_and_why_the_defaults_are_what_they_are()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var document = await EditorAsync(client);

        var questions = Questionnaire.Default.Scored;
        for (var f = 0; f < questions.Count; f++)
        {
            var rationale = DefaultWeights.Rationales.Single(r => r.Factor == questions[f].Id);
            var importance = document.QuerySelector($"input[name='Form.Factors[{f}].Importance']")!;
            Assert.Equal($"Importance of {questions[f].Noun}, 0 to 10", importance.GetAttribute("aria-label"));
            var why = document.GetElementById(importance.GetAttribute("aria-describedby")!)!;
            Assert.Contains(rationale.Why, why.TextContent, StringComparison.Ordinal);
            Assert.Contains($"Our judgement, after {string.Join(", ", rationale.Facts)}", why.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(["Question / answer", "Importance (0–10)", "Outsourcing (−2 to +2)", "Outstaffing (−2 to +2)", "Offshoring (−2 to +2)", "Staff augmentation (−2 to +2)"],
            document.QuerySelectorAll("table.weights thead th").Take(6).Select(th => th.TextContent));
    }

    [Fact]
    public async Task A_percentage_typed_as_a_percentage_is_saved_as_a_share_and_reads_back_the_same()
    {
        using var client = await AdminSession.AdminAsync(Factory);

        using var saved = await PostAsync(client, "Save", await EditorFieldsAsync(client, new Dictionary<string, string>
        {
            ["Form.Costs[outsourcingMarkup].Likely"] = "30",
            ["Form.Costs[partTimeShare].Likely"] = "60",
            ["Form.Costs[offshoringSetupUsd].High"] = "90000",
            ["Form.Comment"] = "vendors charge more for delivery management",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var costs = (await LatestAsync()).Costs;
        Assert.Equal(new CostRange(0.15, 0.30, 0.35), costs.OutsourcingMarkup);
        Assert.Equal(0.6, costs.PartTimeShare, 12);
        Assert.Equal(90_000, costs.OffshoringSetupUsd.High);
        Assert.Equal(CostAssumptions.Default with { OutsourcingMarkup = costs.OutsourcingMarkup, PartTimeShare = 0.6, OffshoringSetupUsd = costs.OffshoringSetupUsd }, costs);
        var document = await EditorAsync(client);
        Assert.Equal("30", document.QuerySelector<IHtmlInputElement>("input[name='Form.Costs[outsourcingMarkup].Likely']")!.Value);
        Assert.Equal("60", document.QuerySelector<IHtmlInputElement>("input[name='Form.Costs[partTimeShare].Likely']")!.Value);
    }

    [Fact]
    public async Task A_rule_is_added_by_choosing_an_answer_and_a_model_from_lists_and_another_removed_and_both_are_saved()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var before = (await LatestAsync()).KnockOuts;
        var fields = await EditorFieldsAsync(client, []);

        // Add a rule: the page comes back with one more, empty row, and nothing is saved.
        using var added = await PostAsync(client, "AddRule", fields);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var document = await HtmlForms.ParseAsync(added);
        var rows = document.QuerySelectorAll(".rule-row");
        Assert.Equal(before.Count + 1, rows.Length);
        var answer = rows[^1].QuerySelector<IHtmlSelectElement>("select[name$='.Answer']")!;
        Assert.Equal("", answer.Value);
        Assert.True(answer.HasAttribute("autofocus"));
        // The answers offered are exactly the questionnaire's, grouped by question, in words.
        var offered = answer.QuerySelectorAll<IHtmlOptionElement>("optgroup option").Select(o => o.Value).ToList();
        Assert.Equal(Questionnaire.Default.Scored.SelectMany(q => q.Levels.Select(l => $"{q.Id}={l.Id}")), offered);
        Assert.Equal(Questionnaire.Default.Scored.Select(q => q.Name), answer.QuerySelectorAll("optgroup").Select(g => g.GetAttribute("label")));
        Assert.Contains("“Yes” — Data must stay in your country", answer.TextContent, StringComparison.Ordinal);
        Assert.Equal(EngagementModels.All.Select(m => m.Id()), rows[^1].QuerySelectorAll<IHtmlOptionElement>("select[name$='.Model'] option").Select(o => o.Value).Where(v => v.Length > 0));
        Assert.Equal(1, await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.Count())));

        // Fill it in, remove the first existing rule, save.
        var k = before.Count;
        var post = new List<KeyValuePair<string, string>>();
        foreach (var input in document.QuerySelectorAll<IHtmlInputElement>("form.weights-form input"))
        {
            if (input.Type == "checkbox") continue;
            post.Add(new(input.Name!, input.Value));
        }
        foreach (var select in document.QuerySelectorAll<IHtmlSelectElement>("form.weights-form select")) post.Add(new(select.Name!, select.Value ?? ""));
        foreach (var area in document.QuerySelectorAll<IHtmlTextAreaElement>("form.weights-form textarea")) post.Add(new(area.Name!, area.Value));
        void Set(string name, string value) { post.RemoveAll(p => p.Key == name); post.Add(new(name, value)); }
        Set($"Form.KnockOuts[{k}].Answer", "data-sensitivity=high");
        Set($"Form.KnockOuts[{k}].Model", "outsourcing");
        Set($"Form.KnockOuts[{k}].Effect", "Penalty");
        Set($"Form.KnockOuts[{k}].Penalty", "25");
        Set($"Form.KnockOuts[{k}].Reason", "Highly sensitive data should stay with people who work inside your own controls.");
        Set($"Form.KnockOuts[{k}].Facts", "F55");
        Set("Form.KnockOuts[0].Remove", "true");
        Set("Form.Comment", "residency rule");

        using var saved = await PostAsync(client, "Save", post);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rules = (await LatestAsync()).KnockOuts;
        Assert.DoesNotContain(rules, r => r.Id == before[0].Id);
        var rule = Assert.Single(rules, r => r.Id == "data-sensitivity-high-outsourcing");
        Assert.Equal(("data-sensitivity", "high", "outsourcing", KnockOutEffect.Penalty, 25), (rule.Factor, rule.Level, rule.Model, rule.Effect, rule.Penalty));
        Assert.Equal(["F55"], rule.Facts);
        Assert.Equal(before.Count, rules.Count);
    }

    [Fact]
    public async Task A_new_rule_is_named_when_it_is_saved_not_when_it_is_previewed()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var k = (await LatestAsync()).KnockOuts.Count;
        var fields = await EditorFieldsAsync(client, new Dictionary<string, string>
        {
            [$"Form.KnockOuts[{k}].Answer"] = "team-location=any",
            [$"Form.KnockOuts[{k}].Model"] = "outsourcing",
            [$"Form.KnockOuts[{k}].Effect"] = "Exclude",
            [$"Form.KnockOuts[{k}].Penalty"] = "0",
            [$"Form.KnockOuts[{k}].Reason"] = "A test rule.",
        });

        using var previewed = await PostAsync(client, "Preview", fields);
        var page = await HtmlForms.ParseAsync(previewed);
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>($"input[name='Form.KnockOuts[{k}].Id']")!.Value);

        // The admin then points the rule at another answer and model: its id follows what it says when saved.
        fields = [.. fields.Where(f => f.Key != $"Form.KnockOuts[{k}].Answer" && f.Key != $"Form.KnockOuts[{k}].Model")];
        fields.Add(new($"Form.KnockOuts[{k}].Answer", "data-residency=yes"));
        fields.Add(new($"Form.KnockOuts[{k}].Model", "outstaffing"));
        fields.Add(new("Form.Comment", "renamed before saving"));
        fields.RemoveAll(f => f.Key == "Form.Comment" && f.Value.Length == 0);
        using var saved = await PostAsync(client, "Save", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains((await LatestAsync()).KnockOuts, r => r.Id == "data-residency-yes-outstaffing" && r.Factor == "data-residency");
    }

    [Fact]
    public async Task A_rule_on_the_same_answer_and_model_as_another_is_refused_naming_that_rule()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var rules = (await LatestAsync()).KnockOuts;
        var existing = rules.Select((r, i) => (r, i)).First(x => x.r.Factor == "data-residency");
        var k = rules.Count;
        var fields = await EditorFieldsAsync(client, new Dictionary<string, string>
        {
            [$"Form.KnockOuts[{k}].Answer"] = $"{existing.r.Factor}={existing.r.Level}",
            [$"Form.KnockOuts[{k}].Model"] = existing.r.Model,
            [$"Form.KnockOuts[{k}].Effect"] = "Exclude",
            [$"Form.KnockOuts[{k}].Reason"] = "Twice.",
            ["Form.Comment"] = "x",
        });

        using var refused = await PostAsync(client, "Save", fields);
        var document = await HtmlForms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"repeats rule {existing.i + 1}", document.GetElementById($"field-KnockOuts-{k}-Answer-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_without_its_answer_or_model_is_refused_on_its_own_fields_and_an_empty_added_row_is_ignored()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var k = (await LatestAsync()).KnockOuts.Count;
        var fields = await EditorFieldsAsync(client, new Dictionary<string, string>
        {
            [$"Form.KnockOuts[{k}].Reason"] = "half a rule",
            [$"Form.KnockOuts[{k}].Penalty"] = "10",
            [$"Form.KnockOuts[{k + 1}].Reason"] = "",
            ["Form.Comment"] = "x",
        });

        using var refused = await PostAsync(client, "Save", fields);
        var document = await HtmlForms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        foreach (var (field, words) in new[] { ($"KnockOuts[{k}].Answer", "choose the answer it applies to"), ($"KnockOuts[{k}].Model", "choose the model it affects") })
        {
            var select = document.QuerySelector($"select[name='Form.{field}']")!;
            Assert.Equal("true", select.GetAttribute("aria-invalid"));
            Assert.Contains(words, document.GetElementById(select.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(2, document.QuerySelectorAll("#weights-errors li").Length);
        Assert.Equal(1, await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.Count())));
    }

    [Fact]
    public async Task Each_answer_shows_what_it_gives_each_model_in_points_with_every_question_answered()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var weights = await LatestAsync();
        var total = weights.Factors.Sum(f => f.Importance);

        var document = await EditorAsync(client);

        var budget = Questionnaire.Default.Scored.Select(q => q.Id).ToList().IndexOf("budget");
        var factor = weights.Factors.Single(f => f.Factor == "budget");
        for (var l = 0; l < factor.Levels.Count; l++)
        {
            foreach (var model in EngagementModels.All)
            {
                var affinity = factor.Levels[l].For(model);
                var expected = Core.Formats.SignedPoints(10.0 * factor.Importance * affinity / total) + " points";
                var span = document.GetElementById($"field-Factors-{budget}-Levels-{l}-{model}-points")!;
                Assert.Equal(expected, span.TextContent);
                Assert.Contains(span.Id!, document.GetElementById($"field-Factors-{budget}-Levels-{l}-{model}")!.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
            }
        }
        Assert.Contains("How importance and affinity become points", document.GetElementById("how-points")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_says_in_words_how_many_change_from_which_model_to_which_and_how_costs_move_with_a_link_and_label_each()
    {
        foreach (var (json, label) in new[]
        {
            ("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":6,"budgetUsd":120000}""", "Client A"),
            ("""{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":12,"budgetUsd":400000,"teamSize":4}""", "Client B"),
            ("""{"control":"medium","scopeStability":"stable","inHousePm":"partial","durationMonths":10,"budgetUsd":150000}""", "Client C"),
        })
        {
            await CreateAssessmentAsync(json.Insert(1, $"\"label\":\"{label}\","));
        }
        using var client = await AdminSession.AdminAsync(Factory);
        var current = await LatestAsync();
        var k = current.KnockOuts.Count;
        // A new rule that rules outsourcing out for a stable scope, and a higher team-extension rate.
        var edits = new Dictionary<string, string>
        {
            [$"Form.KnockOuts[{k}].Answer"] = "scope-stability=stable",
            [$"Form.KnockOuts[{k}].Model"] = "outsourcing",
            [$"Form.KnockOuts[{k}].Effect"] = "Exclude",
            [$"Form.KnockOuts[{k}].Penalty"] = "0",
            [$"Form.KnockOuts[{k}].Reason"] = "A test rule.",
            ["Form.Costs[teamExtensionRateUsd].Likely"] = "55",
        };

        using var response = await PostAsync(client, "Preview", await EditorFieldsAsync(client, edits));
        var document = await HtmlForms.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // By hand: the draft, each stored result re-scored and priced.
        var draft = new WeightSet(
            current.Factors,
            [.. current.KnockOuts, new KnockOutRule("scope-stability-stable-outsourcing", "scope-stability", "stable", "outsourcing", KnockOutEffect.Exclude, 0, "A test rule.", [])],
            current.Costs with { TeamExtensionRateUsd = current.Costs.TeamExtensionRateUsd with { Likely = 55 } });
        var rows = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.OrderByDescending(a => a.Id).ToList()));
        var expected = rows.Select(r =>
        {
            var answers = AnswersJson.Parse(Questionnaire.Default, r.AnswersJson);
            Assert.True(EngagementModels.TryParse(r.RecommendedModel, out var before));
            var after = Scorer.Score(answers, draft).Recommended;
            return (r.Id, Label: answers.Label, Before: before, After: after,
                CostBefore: CostEstimator.TotalOf(before, answers, current.Costs).Likely, CostAfter: CostEstimator.TotalOf(after, answers, draft.Costs).Likely);
        }).ToList();
        var changed = expected.Where(e => e.Before != e.After).ToList();
        Assert.NotEmpty(changed);

        var summary = document.GetElementById("preview-summary")!.TextContent;
        Assert.Contains($"{(changed.Count == 1 ? "1 result" : $"{changed.Count} results")} of 3", summary, StringComparison.Ordinal);
        foreach (var move in changed.GroupBy(c => (c.Before, c.After)))
        {
            Assert.Contains($"{move.Count()} from {move.Key.Before.DisplayName().ToLowerInvariant()} to {move.Key.After.DisplayName().ToLowerInvariant()}", summary, StringComparison.Ordinal);
        }
        var up = expected.Count(e => e.CostAfter - e.CostBefore >= 1);
        var down = expected.Count(e => e.CostBefore - e.CostAfter >= 1);
        var costs = document.GetElementById("preview-costs")!.TextContent;
        if (up > 0) Assert.Contains($"go up for {(up == 1 ? "1 result" : $"{up} results")}", costs, StringComparison.Ordinal);
        if (down > 0) Assert.Contains($"go down for {(down == 1 ? "1 result" : $"{down} results")}", costs, StringComparison.Ordinal);
        Assert.True(up + down > 0, costs);

        var items = document.QuerySelectorAll("#preview-flips li");
        Assert.Equal(changed.Count, items.Length);
        foreach (var (item, flip) in items.Zip(changed))
        {
            Assert.Equal($"/admin/assessments/{flip.Id}", item.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains($"“{flip.Label!}”", item.TextContent, StringComparison.Ordinal);
            Assert.Contains($"{flip.Before.DisplayName()} → {flip.After.DisplayName()}", item.TextContent, StringComparison.Ordinal);
            Assert.Contains($"likely cost {Core.Formats.Usd(flip.CostBefore)} → {Core.Formats.Usd(flip.CostAfter)}", item.TextContent, StringComparison.Ordinal);
        }
    }
}
