using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EngagementAdvisor.Web.Tests.Infrastructure.WeightsEditor;

namespace EngagementAdvisor.Web.Tests.ScaleOut;

/// <summary>
/// Two instances of the app, each on its own loopback port (Kestrel, real HTTP), sharing one PostgreSQL database, with
/// one browser whose cookies go to both, as behind a load balancer. A starts first and migrates, seeds and creates the
/// admin; B has the same settings but starts with Database:MigrateOnStartup=false and finds the admin already there.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const string Why = "two app instances sharing one database";

    private readonly AdvisorFactory _a = new();
    private AdvisorFactory? _b;
    private readonly SharedCookies _browser = new();
    private HttpClient _toA = null!;
    private HttpClient _toB = null!;

    public ValueTask InitializeAsync()
    {
        // SQLite is one file for one instance; each test skips itself on the SQLite pass.
        if (!TestDatabase.OnPostgres) return ValueTask.CompletedTask;
        _a.Settings["RateLimits:CreatePerMinute"] = "100000";
        _a.Settings["RateLimits:LookupPerMinute"] = "100000";
        _a.UseKestrel(0);
        _a.StartServer();
        _b = _a.AnotherInstance();
        _b.Settings["Database:MigrateOnStartup"] = "false";
        _b.UseKestrel(0);
        _b.StartServer();
        Assert.NotEqual(_a.ClientOptions.BaseAddress, _b.ClientOptions.BaseAddress);
        _toA = _browser.ClientFor(_a.ClientOptions.BaseAddress);
        _toB = _browser.ClientFor(_b.ClientOptions.BaseAddress);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_admin_signed_in_on_one_instance_is_signed_in_on_the_other_and_its_forms_post_to_either()
    {
        TestDatabase.SkipUnlessPostgres(Why);
        using (var stranger = new SharedCookies().ClientFor(_b!.ClientOptions.BaseAddress))
        using (var refused = await stranger.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }

        using var signIn = await AdminSession.SignInAsync(_toA, AdvisorFactory.AdminEmail, _a.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(_browser.Has("ea-admin"), "instance A issued no admin cookie");

        using var admin = await _toB.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Sign out", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A form rendered by A (its antiforgery token and cookie) is accepted when it is posted to B.
        using var form = await _toA.GetAsync(new Uri("/assess", UriKind.Relative));
        var fields = HiddenFields(await HtmlForms.ParseAsync(form), "form[method=post]");
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken");
        fields.AddRange(FormAnswers.OutsourcingCase());
        using (var posted = await _toB.PostAsync(new Uri("/assess", UriKind.Relative), new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            using var result = await _toA.GetAsync(posted.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        }

        // B does check the token: the same post without it is refused.
        using var forged = await _toB.PostAsync(new Uri("/assess", UriKind.Relative),
            new FormUrlEncodedContent(fields.Where(f => f.Key != "__RequestVerificationToken")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // Signing out on B ends the session on A too, even for a copy of the cookie kept from before: the security
        // stamp that sign-out rotates lives in the shared database.
        var kept = _browser["ea-admin"];
        using var adminPage = await _toB.GetAsync(new Uri("/admin", UriKind.Relative));
        var signOut = HiddenFields(await HtmlForms.ParseAsync(adminPage), "form[action='/account/signout']");
        using var signedOut = await _toB.PostAsync(new Uri("/account/signout", UriKind.Relative), new FormUrlEncodedContent(signOut));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        _browser["ea-admin"] = kept;
        using var afterSignOut = await _toA.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
    }

    [Fact]
    public async Task A_result_created_on_one_instance_is_served_by_the_other()
    {
        TestDatabase.SkipUnlessPostgres(Why);
        const string body = """{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":18,"budgetUsd":400000,"label":"Scale-out check"}""";
        using var create = await _toA.PostAsync(new Uri("/api/assessments", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var created = JsonNode.Parse(await create.Content.ReadAsStringAsync())!.AsObject();
        var token = created["token"]!.GetValue<string>();

        using var api = await _toB.GetAsync(new Uri("/api/assessments/" + token, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var fetched = JsonNode.Parse(await api.Content.ReadAsStringAsync())!.AsObject();
        // The link is absolute, built from the host each instance was asked on (one host behind a load balancer).
        Assert.Equal($"{_b!.ClientOptions.BaseAddress}r/{token}", fetched["url"]!.GetValue<string>());
        foreach (var property in new[] { "manageUrl", "url" })
        {
            created.Remove(property);
            fetched.Remove(property);
        }
        Assert.True(JsonNode.DeepEquals(created, fetched), $"created on A {created.ToJsonString()}\nserved by B {fetched?.ToJsonString()}");

        using var page = await _toB.GetAsync(new Uri("/r/" + token, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Scale-out check", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_deleted_through_one_instance_is_gone_from_the_other_within_a_second()
    {
        TestDatabase.SkipUnlessPostgres(Why);
        using var create = await _toA.PostAsync(new Uri("/api/assessments", UriKind.Relative), new StringContent(
            """{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}""", Encoding.UTF8, "application/json"));
        var created = JsonNode.Parse(await create.Content.ReadAsStringAsync())!.AsObject();
        var token = created["token"]!.GetValue<string>();
        var manage = new Uri(created["manageUrl"]!.GetValue<string>()).AbsolutePath;
        // B renders the page and keeps it in its output cache (a colleague opened the link twice).
        for (var i = 0; i < 2; i++)
        {
            using var view = await _toB.GetAsync(new Uri("/r/" + token, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        }

        using var deleted = await HtmlForms.SubmitAsync(_toA, manage, new Dictionary<string, string>(), "#delete-form");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var status = HttpStatusCode.OK;
        while (clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            using var view = await _toB.GetAsync(new Uri("/r/" + token, UriKind.Relative));
            status = view.StatusCode;
            if (status == HttpStatusCode.Gone) break;
            await Task.Delay(50);
        }
        Assert.Equal(HttpStatusCode.Gone, status);
    }

    [Fact]
    public async Task Concurrent_weight_saves_through_both_instances_yield_exactly_one_new_version()
    {
        TestDatabase.SkipUnlessPostgres(Why);
        using var signIn = await AdminSession.SignInAsync(_toA, AdvisorFactory.AdminEmail, _a.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        // Twenty editors all started from version 1; half save through A, half through B, all at once.
        var edits = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => EditorFieldsAsync(i % 2 == 0 ? _toA : _toB,
            new Dictionary<string, string> { [ImportanceField("budget")] = (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Comment"] = $"editor {i}" })));
        Assert.All(edits, fields => Assert.Contains(fields, f => f.Key == "Form.BaseVersion" && f.Value == "1"));

        var answers = await Task.WhenAll(edits.Select(async (fields, i) =>
        {
            using var response = await PostAsync(i % 2 == 0 ? _toA : _toB, "Save", fields);
            return (response.StatusCode, Location: response.Headers.Location?.OriginalString, Body: await response.Content.ReadAsStringAsync());
        }));

        var saved = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal("/admin/weights/history?saved=2", saved.Location);
        Assert.Equal(19, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.All(answers.Where(a => a.StatusCode == HttpStatusCode.Conflict), a => Assert.Contains("version 2 was saved by someone else", a.Body, StringComparison.Ordinal));
        Assert.Equal([1, 2], await _a.WithDbAsync(db => db.WeightSetVersions.Select(v => v.Version).OrderBy(v => v).ToListAsync()));

        // Both instances score new results with the new version at once: only "which is latest" is asked each time.
        foreach (var client in new[] { _toA, _toB })
        {
            using var create = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "application/json"));
            Assert.Equal(2, (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("weightsVersion").GetInt32());
        }
    }

    private static List<KeyValuePair<string, string>> HiddenFields(IDocument document, string formSelector)
    {
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException("No form " + formSelector);
        return form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        _toA?.Dispose();
        _toB?.Dispose();
        if (_b is not null) await _b.DisposeAsync();
        await _a.DisposeAsync();
    }
}
