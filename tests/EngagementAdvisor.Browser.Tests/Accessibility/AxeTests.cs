using System.Text.Json;
using EngagementAdvisor.Browser.Tests.Infrastructure;

namespace EngagementAdvisor.Browser.Tests.Accessibility;

/// <summary>axe-core (from npm, installed by ./test.sh) injected into each page: no serious or critical violations.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AxeTests(BrowserFixture fixture)
{
    private static readonly string AxeScript = Path.Combine(FindTestsFolder(), "node_modules", "axe-core", "axe.min.js");

    private static string FindTestsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EngagementAdvisor.Browser.Tests.csproj"))) return dir.FullName;
        }
        throw new InvalidOperationException("Browser tests folder not found.");
    }

    internal static Task<List<string>> SeriousViolationsAsync(Microsoft.Playwright.IPage page) => ViolationsAsync(page, "serious", "critical");

    /// <summary>axe-core's violations on the page as it is now, of the impacts named (minor, moderate, serious, critical).</summary>
    internal static async Task<List<string>> ViolationsAsync(Microsoft.Playwright.IPage page, params string[] impacts)
    {
        Assert.True(File.Exists(AxeScript), "axe-core is missing: run ./test.sh, which installs it with npm.");
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("async () => { const r = await axe.run(document); return { passes: r.passes.length, violations: r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })) }; }");
        // axe really ran: it checked and passed rules such as labels, contrast and landmarks.
        Assert.True(result.GetProperty("passes").GetInt32() > 10, "axe-core did not check the page");
        return result.GetProperty("violations").EnumerateArray()
            .Where(v => impacts.Contains(v.GetProperty("impact").GetString()))
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/assess")]
    [InlineData("/models")]
    [InlineData("/models/offshoring")]
    [InlineData("/checklist")]
    [InlineData("/compare")]
    [InlineData("/account/signin")]
    public async Task Public_pages_have_no_serious_accessibility_violations(string path)
    {
        var page = await fixture.NewPageAsync(bypassContentSecurityPolicy: true);
        await page.GotoAsync(path);

        var violations = await SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_questionnaire_with_errors_shown_has_no_serious_accessibility_violations()
    {
        var page = await fixture.NewPageAsync(bypassContentSecurityPolicy: true);
        await page.GotoAsync("/assess");
        await page.FillAsync("#q-durationMonths", "500");
        await page.ClickAsync("button[type=submit]");

        var violations = await SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_result_page_has_no_serious_accessibility_violations()
    {
        var page = await fixture.NewPageAsync(bypassContentSecurityPolicy: true);
        await QuestionnairePage.SubmitOutsourcingCaseAsync(page);

        var violations = await SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_comparison_of_two_results_has_no_serious_accessibility_violations()
    {
        var page = await fixture.NewPageAsync(bypassContentSecurityPolicy: true);
        var first = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        var second = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        await page.GotoAsync($"/compare?r={first}&r={second}");

        var violations = await SeriousViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Equal(2, await page.Locator("#cmp-winner td").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_pages_have_no_serious_accessibility_violations()
    {
        var page = await fixture.NewPageAsync(bypassContentSecurityPolicy: true);
        await fixture.SignInAsAdminAsync(page);

        var violations = new List<string>();
        foreach (var path in new[] { "/admin", "/admin/weights", "/admin/assessments", "/admin/assessments?model=insourcing&from=2026-05-10&to=2026-05-01", "/account/two-factor" })
        {
            await page.GotoAsync(path);
            violations.AddRange((await SeriousViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }
        // The editor with errors marked on their fields, with a rule added, and with a preview in it.
        await page.GotoAsync("/admin/weights");
        await page.FillAsync("input[name='Form.Factors[0].Importance']", "11");
        await page.EvaluateAsync("() => document.getElementById('weights-form').noValidate = true");
        await page.ClickAsync("#save-button");
        await page.WaitForSelectorAsync("#weights-errors");
        violations.AddRange((await SeriousViolationsAsync(page)).Select(v => $"editor with errors: {v}"));
        await page.GotoAsync("/admin/weights");
        await page.ClickAsync("#add-rule");
        await page.WaitForSelectorAsync(".rule-row select[autofocus]");
        violations.AddRange((await SeriousViolationsAsync(page)).Select(v => $"editor with a rule added: {v}"));
        await page.GotoAsync("/admin/weights");
        await page.ClickAsync("#preview-button");
        await page.WaitForSelectorAsync("#preview-heading");
        violations.AddRange((await SeriousViolationsAsync(page)).Select(v => $"editor with a preview: {v}"));
        // The history with a real difference of every kind.
        await SavedWeightChange.WithAsync(fixture, async (from, to) =>
        {
            await page.GotoAsync($"/admin/weights/history?from={from}&to={to}");
            violations.AddRange((await SeriousViolationsAsync(page)).Select(v => $"history: {v}"));
        });

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }
}
