using System.Text.Json;
using EngagementAdvisor.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Layout;

/// <summary>
/// The first screen decides (issue 19, point 1): without scrolling, a laptop (1280×900) and a small phone (375×667)
/// show the verdict, its strength, the reasons that set it apart, the cost against the budget, the main risk and the
/// next step. Measured in Chromium on answers that set off many texts, not only on the short case.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class FirstScreenTests(BrowserFixture fixture)
{
    public static TheoryData<string> Situations() => new()
    {
        """{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"label":"Acme checkout rebuild"}""",
        """{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":18,"budgetUsd":400000,"teamSize":3,"label":"Northwind platform team","preparedBy":"Dana Reyes, Reyes Advisory"}""",
        """{"control":"high","scopeStability":"volatile","inHousePm":"none","durationMonths":36,"budgetUsd":50000,"teamSize":12,"startUrgency":"asap","teamLocation":"offshore","dataSensitivity":"high","dataResidency":true,"nicheExpertise":true,"label":"Contoso regulated data migration programme"}""",
        """{"control":"medium","scopeStability":"evolving","inHousePm":"partial","durationMonths":12,"budgetUsd":600000,"teamSize":4,"startUrgency":"soon","dataSensitivity":"medium","nicheExpertise":false}""",
    };

    private static async Task<string> CreateAsync(IPage page, string json)
    {
        var response = await page.APIRequest.PostAsync("/api/assessments", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            Data = json,
        });
        Assert.Equal(201, response.Status);
        using var body = JsonDocument.Parse(await response.TextAsync());
        return new Uri(body.RootElement.GetProperty("url").GetString()!).PathAndQuery;
    }

    /// <summary>The elements' bottoms, in CSS pixels from the top of the page, of those that are shown.</summary>
    private static async Task<Dictionary<string, double>> BottomsAsync(IPage page, params string[] selectors)
    {
        var bottoms = new Dictionary<string, double>();
        foreach (var selector in selectors)
        {
            var element = page.Locator(selector);
            Assert.True(await element.IsVisibleAsync(), $"{selector} is not shown");
            var box = (await element.BoundingBoxAsync())!;
            bottoms[selector] = box.Y + box.Height;
        }
        return bottoms;
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task A_phone_shows_the_whole_decision_without_scrolling(string json)
    {
        var page = await fixture.NewPageAsync(375, 667);
        await page.GotoAsync(await CreateAsync(page, json));

        var glance = page.Locator("#glance");
        Assert.Equal(["Fit", "Why", "Cost", "Main risk", "Next step"], await glance.Locator("dt").AllTextContentsAsync());
        var bottoms = await BottomsAsync(page, "#verdict", "#glance");
        Assert.All(bottoms, b => Assert.True(b.Value <= 667, $"{b.Key} ends at {b.Value:0} px, below the first screen of 667 px"));
        // The headlines stand for the detail that follows them, which a phone shows too.
        Assert.True(await page.Locator("#key-cost").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task A_laptop_shows_the_whole_decision_without_scrolling(string json)
    {
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync(await CreateAsync(page, json));

        // The headlines are for narrow screens: a laptop has room for the detail itself.
        Assert.False(await page.Locator("#glance").IsVisibleAsync());
        var bottoms = await BottomsAsync(page, "#verdict", "#fit", "#apart-heading", "#key-cost", "#key-risk", "#key-next");
        Assert.All(bottoms, b => Assert.True(b.Value <= 900, $"{b.Key} ends at {b.Value:0} px, below the first screen of 900 px"));
        await page.Context.CloseAsync();
    }
}
