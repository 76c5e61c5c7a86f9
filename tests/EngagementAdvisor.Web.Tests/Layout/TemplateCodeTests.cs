using System.Net;
using System.Text.RegularExpressions;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Layout;

/// <summary>
/// No template code reaches a user (issue 19): Razor reads <c>v@row.Version</c> as an e-mail address and prints it,
/// and a C# interpolation hole inside a plain string prints as <c>{Formats.Usd(x)}</c>. Every page is rendered and
/// searched, in its text and its attributes.
/// </summary>
public sealed partial class TemplateCodeTests : AppTest
{
    // "@row.WeightsVersion", "@Model", "@(": Razor that was printed. An e-mail's domain is lower case, so it passes.
    [GeneratedRegex(@"@\(|@[A-Za-z_]\w*\.[A-Z]\w*|@(Model|Formats|ViewData|Html|Url|item|row)\b")]
    private static partial Regex RazorLeftover();

    // "{Formats.Usd(x)}", "{costs.BudgetUsd}", "{name}": an interpolation hole that was never filled.
    [GeneratedRegex(@"\{(Formats|Model|[a-z]\w*)(\.[A-Za-z]\w*)*(\([^)]*\))?\}")]
    private static partial Regex InterpolationLeftover();

    private static async Task<List<string>> LeftoversAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Gone, $"{path}: {response.StatusCode}");
        var html = Regex.Replace(await response.Content.ReadAsStringAsync(), @"<script\b.*?</script>|<style\b.*?</style>", "", RegexOptions.Singleline);
        return [.. RazorLeftover().Matches(html).Concat(InterpolationLeftover().Matches(html)).Select(m => $"{path}: {m.Value}")];
    }

    [Fact]
    public async Task No_page_shows_unrendered_template_code()
    {
        var first = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        var second = await CreateAssessmentAsync(
            """{"control":"high","scopeStability":"volatile","inHousePm":"none","durationMonths":36,"budgetUsd":50000,"teamSize":12,"startUrgency":"asap","teamLocation":"offshore","dataSensitivity":"high","dataResidency":true,"nicheExpertise":true,"label":"Worst case","preparedBy":"Dana Reyes","note":"Check this."}""");
        string Path(System.Text.Json.JsonElement created) => new Uri(created.GetProperty("url").GetString()!).AbsolutePath;
        string Manage(System.Text.Json.JsonElement created) => new Uri(created.GetProperty("manageUrl").GetString()!).AbsolutePath;

        using var visitor = Factory.CreateBrowserLikeClient();
        var found = new List<string>();
        foreach (var path in new[]
        {
            "/", "/assess", "/models", "/models/outsourcing", "/models/outstaffing", "/models/offshoring", "/models/staff-augmentation",
            "/checklist", "/compare", $"/compare?r={Path(first)[3..]}&r={Path(second)[3..]}", $"/compare?r={Path(first)[3..]}&r=nothing",
            Path(first), Path(second), Path(second) + "?report=full", Path(first) + "/rescore", Manage(second), "/deleted",
            "/status/404", "/r/AAAAAAAAAAAAAAAAAAAAAA", "/account/signin",
        })
        {
            found.AddRange(await LeftoversAsync(visitor, path));
        }

        using var admin = await AdminSession.AdminAsync(Factory);
        var id = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Max(a => a.Id)));
        foreach (var path in new[]
        {
            "/admin", "/admin/weights", "/admin/weights/history", "/admin/weights/history?from=1&to=1", "/admin/assessments",
            $"/admin/assessments/{id}", "/account/two-factor",
        })
        {
            found.AddRange(await LeftoversAsync(admin, path));
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Theory]
    [InlineData("<td>v@row.WeightsVersion</td>")]
    [InlineData("<desc>Budget {Formats.Usd(costs.BudgetUsd)}</desc>")]
    [InlineData("<p>@Model.Result</p>")]
    public void The_check_finds_the_two_kinds_of_leftover(string html) =>
        Assert.True(RazorLeftover().IsMatch(html) || InterpolationLeftover().IsMatch(html));

    [Fact]
    public void The_check_lets_an_e_mail_address_through() =>
        Assert.False(RazorLeftover().IsMatch("<td>admin@example.test</td>") || InterpolationLeftover().IsMatch("<td>admin@example.test</td>"));
}
