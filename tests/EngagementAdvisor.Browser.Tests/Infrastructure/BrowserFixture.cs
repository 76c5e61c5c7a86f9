using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Infrastructure;

/// <summary>
/// The app on a real loopback port (Kestrel, not the in-memory test server) and Debian's Chromium
/// driven by Playwright. No browser is ever downloaded: the executable is the system package.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public AdvisorFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh, which installs Debian's chromium package.");
        }
        // Web-first assertions retry until this long: the same room as the page waits below.
        Assertions.SetDefaultExpectTimeout(60_000);
        // Every test of the suite comes from one address, within about a minute: per-address limits (60 results and
        // 20 sign-ins a minute) would turn a late test's post into a 429 depending on how fast the machine runs.
        // The limits themselves are RateLimitTests' subject.
        App.Settings["RateLimits:CreatePerMinute"] = "100000";
        App.Settings["RateLimits:SignInPerMinute"] = "100000";
        App.Settings["RateLimits:LookupPerMinute"] = "100000";
        App.UseKestrel(0);
        App.StartServer();
        BaseAddress = App.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the network flags Chromium keeps trying to reach Google's services, which this machine refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    /// <summary>Signs the page in as the suite's admin through the sign-in form, and waits for the admin home.</summary>
    public async Task SignInAsAdminAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#email", Web.Tests.Infrastructure.AdvisorFactory.AdminEmail);
        await page.FillAsync("#password", App.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin");
    }

    /// <summary>A fresh browser profile: no cookies, no storage — like a colleague opening a shared link.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool bypassContentSecurityPolicy = false, bool touch = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            // Only the axe tests set this: injecting axe-core is exactly what the app's CSP forbids.
            BypassCSP = bypassContentSecurityPolicy,
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            // A phone: taps, and the page laid out by its meta viewport as a mobile browser does.
            HasTouch = touch,
            IsMobile = touch,
        });
        // CI runs the test projects side by side on two cores; give slow moments room before calling them failures.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh profile on a phone (375 by 800, touch): how a workshop's participants answer.</summary>
    public Task<IPage> NewPhonePageAsync(bool bypassContentSecurityPolicy = false) => NewPageAsync(375, 800, bypassContentSecurityPolicy, touch: true);

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
