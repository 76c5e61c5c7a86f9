using EngagementAdvisor.Browser.Tests.Infrastructure;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Layout;

/// <summary>
/// What axe and a page-width check let through (issue 19): a phone must get words whole, nothing wider than the
/// screen, text of at least 12 px, and targets a thumb can hit (WCAG 2.2 target size, 24 px). Measured in Chromium at
/// 375 px on every page with tables, with every section of the result open.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    /// <summary>
    /// Runs in the page and lists what a person could not read. A word is a run between spaces, hyphens, dashes and
    /// slashes; one that spans two lines was broken inside itself. Tokens and addresses (over 30 characters) may wrap.
    /// Inline links in a sentence are exempt from the target size, as WCAG allows.
    /// </summary>
    internal const string Problems = """
        () => {
          const found = [];
          const width = document.documentElement.clientWidth;
          const clipped = el => { for (let a = el; a; a = a.parentElement) { const c = getComputedStyle(a).clip; if (c && c !== 'auto') return true; } return false; };
          const hidden = el => el.closest('.visually-hidden, .skip-link, [hidden], details:not([open]) > :not(summary)') !== null
            || getComputedStyle(el).visibility === 'hidden' || getComputedStyle(el).display === 'none' || clipped(el);
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || hidden(el) || el.closest('input, textarea, select, script, style, code, .print-link')) continue;
            if (!node.textContent.trim()) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < 12) found.push(`text under 12px (${size}px) in ${name(el)}: "${node.textContent.trim().slice(0, 40)}"`);
            const re = /[^\s\-–—\/]+/g;
            let m;
            while ((m = re.exec(node.textContent)) !== null) {
              if (m[0].length > 30 || m[0].includes('@')) continue;
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const tops = [...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top));
              if (new Set(tops).size > 1) found.push(`word broken across lines in ${name(el)}: "${m[0]}"`);
            }
          }
          for (const el of document.body.querySelectorAll('*')) {
            if (hidden(el)) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            let clipped = false;
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              const o = getComputedStyle(a).overflowX;
              if (o === 'auto' || o === 'scroll' || o === 'hidden') { clipped = true; break; }
            }
            if (!clipped && (r.right > width + 1 || r.left < -1)) found.push(`${name(el)} overflows the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${width}px)`);
          }
          for (const el of document.querySelectorAll('a, button, input:not([type=hidden]), select, textarea, summary')) {
            if (hidden(el)) continue;
            if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.width < 23.5 || r.height < 23.5) found.push(`target under 24px (${Math.round(r.width)}x${Math.round(r.height)}) ${name(el)}`);
          }
          return [...new Set(found)];
        }
        """;

    private static async Task<List<string>> ProblemsAtAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        return [.. (await page.EvaluateAsync<string[]>(Problems)).Select(p => $"{path}: {p}")];
    }

    [Fact]
    public async Task Result_and_knowledge_pages_read_on_a_phone()
    {
        var page = await fixture.NewPageAsync(375, 800);
        var first = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        var (second, manage) = await QuestionnairePage.SubmitConsultantCaseAsync(page);
        var problems = new List<string>();
        foreach (var path in new[]
        {
            new Uri(first).PathAndQuery, new Uri(first).PathAndQuery + "?report=full", new Uri(second).PathAndQuery + "?report=full",
            $"/compare?r={first}&r={second}", "/models", "/models/offshoring", "/checklist", "/", "/assess", new Uri(manage).PathAndQuery,
        })
        {
            problems.AddRange(await ProblemsAtAsync(page, path));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_pages_read_on_a_phone()
    {
        var page = await fixture.NewPageAsync(375, 800);
        await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        await fixture.SignInAsAdminAsync(page);
        var problems = new List<string>();
        foreach (var path in new[] { "/admin", "/admin/weights", "/admin/weights/history", "/admin/assessments", "/admin/assessments?from=2026-05-10&to=2026-05-01", "/account/two-factor" })
        {
            problems.AddRange(await ProblemsAtAsync(page, path));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_checker_finds_a_word_broken_inside_itself()
    {
        // The check must be able to fail: a column squeezed to one letter breaks "Outstaffing" on every line.
        var page = await fixture.NewPageAsync(375, 800);
        await page.GotoAsync("/");
        await page.EvaluateAsync("""
            () => { const p = document.createElement('p'); p.style.width = '20px'; p.style.overflowWrap = 'anywhere';
                    p.textContent = 'Outstaffing'; document.querySelector('main').append(p); }
            """);
        var problems = await page.EvaluateAsync<string[]>(Problems);
        Assert.Contains(problems, p => p.Contains("word broken across lines", StringComparison.Ordinal) && p.Contains("Outstaffing", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_differences_between_weight_versions_read_on_a_phone()
    {
        await SavedWeightChange.WithAsync(fixture, async (from, to) =>
        {
            var page = await fixture.NewPageAsync(375, 800);
            await fixture.SignInAsAdminAsync(page);

            var problems = await ProblemsAtAsync(page, $"/admin/weights/history?from={from}&to={to}");

            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(await page.Locator("#diff tbody tr").CountAsync() > 40);
            await Assertions.Expect(page.Locator("#diff thead")).ToBeVisibleAsync();
            await page.Context.CloseAsync();
        });
    }
}
