using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

using static EngagementAdvisor.Web.Tests.Infrastructure.WeightsEditor;

namespace EngagementAdvisor.Web.Tests.BadInput;

/// <summary>The weights editor with values a broken or forged form could send, and the CSV export with formula-like labels.</summary>
public sealed class AdminBadInputTests(BadInputApp app) : IClassFixture<BadInputApp>
{
    private static readonly string First = EngagementAdvisor.Core.Questions.Questionnaire.Default.Scored[0].Id;

    /// <summary>Edits to a valid save (comment included), as "field=value" pairs.</summary>
    public static TheoryData<string, string[]> Refused
    {
        get
        {
            var data = new TheoryData<string, string[]>();
            foreach (var value in new[] { "-1", "11", "99999999999999999999", "2147483648", "abc", "1e3", "NaN", "4.5", "½", "<script>alert(1)</script>" })
            {
                data.Add($"importance {value}", [$"Form.Factors[0].Importance={value}"]);
            }
            foreach (var value in new[] { "3", "-3", "2147483648", "x" })
            {
                data.Add($"affinity {value}", [$"Form.Factors[0].Levels[0].Outsourcing={value}"]);
            }
            data.Add("unknown factor", ["Form.Factors[0].Factor=bogus"]);
            data.Add("traversal as factor", ["Form.Factors[0].Factor=../../etc/passwd"]);
            data.Add("script as factor", [$"Form.Factors[0].Factor={BadInputApp.Script}"]);
            data.Add("factor twice", [$"Form.Factors[1].Factor={First}"]);
            data.Add("hours NaN", ["Form.Costs[hoursPerMonth].Likely=NaN"]);
            data.Add("hours Infinity", ["Form.Costs[hoursPerMonth].Likely=Infinity"]);
            data.Add("hours 1e309", ["Form.Costs[hoursPerMonth].Likely=1e309"]);
            data.Add("hours negative", ["Form.Costs[hoursPerMonth].Likely=-1"]);
            data.Add("hours empty", ["Form.Costs[hoursPerMonth].Likely="]);
            data.Add("range low above high", ["Form.Costs[rampWeeks].Low=40", "Form.Costs[rampWeeks].High=1"]);
            data.Add("range NaN", ["Form.Costs[rampWeeks].Likely=NaN"]);
            data.Add("range end not a number", ["Form.Costs[rampWeeks].High=three"]);
            data.Add("productivity 200%", ["Form.Costs[rampProductivity].Likely=200"]);
            data.Add("markup 1000%", ["Form.Costs[outsourcingMarkup].High=1000"]);
            data.Add("a percentage typed as a share", ["Form.Costs[outsourcingMarkup].Likely=0.25"]);
            data.Add("knock-out unknown model", ["Form.KnockOuts[0].Model=extreme"]);
            data.Add("knock-out unknown effect", ["Form.KnockOuts[0].Effect=Nuke"]);
            data.Add("knock-out negative penalty", ["Form.KnockOuts[0].Penalty=-1"]);
            data.Add("knock-out unknown answer", ["Form.KnockOuts[0].Answer=bogus=x"]);
            data.Add("knock-out answer of another question", ["Form.KnockOuts[0].Answer=control=none"]);
            data.Add("knock-out no answer", ["Form.KnockOuts[0].Answer="]);
            data.Add("knock-out no model", ["Form.KnockOuts[0].Model="]);
            data.Add("importance left empty", ["Form.Factors[0].Importance="]);
            data.Add("affinity left empty", ["Form.Factors[0].Levels[0].Outsourcing="]);
            data.Add("an answer the question does not have", ["Form.Factors[0].Levels[0].Level=bogus"]);
            data.Add("an answer twice", ["Form.Factors[0].Levels[1].Level=" + EngagementAdvisor.Core.Questions.Questionnaire.Default.Scored[0].Levels[0].Id]);
            data.Add("a penalty of 0 points", ["Form.KnockOuts[0].Penalty=0"]);
            data.Add("a saved rule emptied rather than removed", ["Form.KnockOuts[0].Answer=", "Form.KnockOuts[0].Model=", "Form.KnockOuts[0].Reason=", "Form.KnockOuts[0].Facts=", "Form.KnockOuts[0].Penalty=0"]);
            data.Add("missing comment", ["Form.Comment="]);
            data.Add("comment of 1,001 characters", ["Form.Comment=" + new string('x', 1001)]);
            data.Add("base version not a number", ["Form.BaseVersion=abc"]);
            data.Add("base version from the future (conflict)", ["Form.BaseVersion=99"]);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bad_weights_are_refused_and_no_version_is_saved(string name, string[] edits)
    {
        using var client = await AdminSession.AdminAsync(app.Factory);
        var fields = await EditorFieldsAsync(client, Pairs(edits.Prepend("Form.Comment=bad input test")));
        var before = await app.WeightVersionsAsync();

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/admin/weights?handler=Save", UriKind.Relative), content);

        BadInputApp.AssertClientError(response, name);
        await BadInputApp.AssertSafeAsync(response, name);
        Assert.Equal(before, await app.WeightVersionsAsync());
        var document = await HtmlForms.ParseAsync(response);
        Assert.NotNull(document.QuerySelector("#weights-errors li, #conflict"));
    }

    /// <summary>Forms no browser sends: rows listed without fields, a cost key posted twice, a text question as a factor.</summary>
    public static TheoryData<string, string[]> Forged => new()
    {
        { "rules listed by an index without fields", ["Form.KnockOuts.index=z"] },
        { "questions listed by an index without fields", ["Form.Factors.index=z"] },
        { "answers listed by an index without fields", ["Form.Factors[0].Levels.index=z"] },
        { "a cost key twice, the dictionary way", ["Form.Costs[0].Key=rampWeeks", "Form.Costs[0].Value.Likely=1", "Form.Costs[1].Key=rampWeeks", "Form.Costs[1].Value.Likely=2"] },
        { "a cost field twice", ["Form.Costs[rampWeeks].Likely=3", "Form.Costs[rampWeeks].Likely=4"] },
        { "a text question as a factor", ["Form.Factors[0].Factor=label", "Form.Factors[0].Levels[0].Level=x"] },
        { "a rule at a huge index", ["Form.KnockOuts[99999].Reason=x"] },
        { "a rule at a negative index", ["Form.KnockOuts[-1].Reason=x"] },
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public async Task Forged_editor_forms_never_answer_500_whatever_the_handler(string name, string[] edits)
    {
        using var client = await AdminSession.AdminAsync(app.Factory);
        // No comment, so even a forged form that reads as valid (".index" listing no rule at all) is not saved: the
        // other tests of this class share its weights. Every handler still binds and checks the whole form.
        var fields = await EditorFieldsAsync(client, Pairs(["Form.Comment="]));
        fields.AddRange(Pairs(edits));
        var before = await app.WeightVersionsAsync();

        foreach (var handler in new[] { "Save", "Preview", "PreviewStream", "AddRule" })
        {
            using var content = new FormUrlEncodedContent(fields);
            using var response = await client.PostAsync(new Uri($"/admin/weights?handler={handler}", UriKind.Relative), content);
            Assert.True((int)response.StatusCode < 500, $"{name}, {handler}: {(int)response.StatusCode}");
        }
        Assert.Equal(before, await app.WeightVersionsAsync());
    }

    [Fact]
    public async Task Over_posted_version_author_and_time_are_ignored()
    {
        using var client = await AdminSession.AdminAsync(app.Factory);
        var fields = await EditorFieldsAsync(client, Pairs([$"Form.Comment={BadInputApp.Script}"]));
        fields.AddRange(Pairs(["Form.Version=99", "Version=99", "Form.CreatedBy=evil@example.test", "CreatedBy=evil@example.test",
            "Form.CreatedAt=2000-01-01T00:00:00Z", "CreatedAt=2000-01-01T00:00:00Z", "Id=99", "WeightsJson={}"]));
        var latest = await app.Factory.WithDbAsync(db => db.WeightSetVersions.MaxAsync(v => v.Version));
        var started = DateTime.UtcNow.AddSeconds(-2);

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/admin/weights?handler=Save", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.Factory.WithDbAsync(db => db.WeightSetVersions.OrderByDescending(v => v.Version).FirstAsync());
        Assert.Equal(latest + 1, saved.Version);
        Assert.Equal(AdvisorFactory.AdminEmail, saved.CreatedBy);
        Assert.True(saved.CreatedAt >= started);
        Assert.NotEqual("{}", saved.WeightsJson);
        // The comment is kept as text and shown encoded.
        using var history = await client.GetAsync(new Uri("/admin/weights/history", UriKind.Relative));
        await BadInputApp.AssertSafeAsync(history, "history");
        Assert.Contains(BadInputApp.Script, (await HtmlForms.ParseAsync(history)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+SUM(A1:A9)")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public async Task Csv_export_defuses_labels_that_start_a_formula(string label)
    {
        await app.CreateAsync(JsonSerializer.Serialize(new { control = "low", scopeStability = "stable", inHousePm = "none", durationMonths = 4, budgetUsd = 60000, label }));
        using var client = await AdminSession.AdminAsync(app.Factory);

        using var csv = await client.GetAsync(new Uri("/admin/assessments?handler=Csv", UriKind.Relative));

        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"\"'{label}\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain($",{label}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($",\"{label}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme;=2*3;x", "Acme;'=2*3;x")]
    [InlineData("Acme; +SUM(A1)", "Acme;' +SUM(A1)")]
    [InlineData("Acme,@SUM(A1)|-1", "Acme,'@SUM(A1)|'-1")]
    public async Task Csv_export_defuses_a_formula_after_any_separator(string label, string exported)
    {
        // In a locale whose list separator is ";", a spreadsheet splits the label into cells: none may be a formula.
        await app.CreateAsync(JsonSerializer.Serialize(new { control = "low", scopeStability = "stable", inHousePm = "none", durationMonths = 4, budgetUsd = 60000, label }));
        using var client = await AdminSession.AdminAsync(app.Factory);

        using var csv = await client.GetAsync(new Uri("/admin/assessments?handler=Csv", UriKind.Relative));

        Assert.Contains(exported, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(IEnumerable<string> edits) =>
        edits.Select(e => new KeyValuePair<string, string>(e[..e.IndexOf('=', StringComparison.Ordinal)], e[(e.IndexOf('=', StringComparison.Ordinal) + 1)..]));
}
