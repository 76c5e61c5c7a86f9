using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// Whatever is posted to a workshop's forms (by a broken client, a fuzzer or someone trying their luck), the answer is
/// the app's own refusal or outcome, never a server error, and it tells nothing about the server's insides.
/// </summary>
public sealed class ForgedWorkshopPostsTests : AppTest
{
    public ForgedWorkshopPostsTests()
    {
        // Hundreds of posts from one address: answered for what they are, not with 429.
        Factory.Settings["RateLimits:LookupPerMinute"] = "100000";
        Factory.Settings["RateLimits:CreatePerMinute"] = "100000";
    }

    /// <summary>Bodies as a forger writes them (already form-encoded); each is posted with the browser's real antiforgery token.</summary>
    private static readonly string[] Bodies =
    [
        "",
        "=",
        "%=%",
        "&&&",
        "a[0]=1&a[b]=2&a.b=3",
        "question=&value=",
        "question=budget&value=%00",
        "question=budget&value=%E2%80%AE1000",
        "question=budget&value=1e9",
        "question=budget&value=99999999999999999999999999",
        "question=budget&value=%EF%BC%92%EF%BC%95%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%90", // full-width digits
        "question=budget&question=duration&value=1&value=2",
        "question=duration&value=-0",
        "question=in-house-pm&value=strong%0D%0A",
        "question=label&value=x",
        "question=" + new string('q', 5000) + "&value=1",
        "value=" + new string('x', 20_000),
        "participant=1&participant=2&include=yes&include=no",
        "participant=-2147483649&include=yes",
        "participant=2147483648&include=no",
        "participant=%EF%BC%91&include=yes",
        "reveal=yes&reveal=no",
        "reveal=%00",
        "title=%E2%80%AE&names=named",
        "title=x&roles=" + new string(',', 300) + "&names=named",
        "title=x&roles=" + string.Concat(Enumerable.Repeat("r%0A", 500)) + "&names=anonymous",
        "title=x&names=named&names=anonymous",
        "name=%00&role=1",
        "name=a&role=1%00",
        "name=a&role=-1",
        "name=a&role=2147483648",
        "control=high&control=low&budgetUsd=%FF%FE",
        "durationMonths=%G1&budgetUsd=%",
        "control=low&scopeStability=stable&inHousePm=none&durationMonths=4&budgetUsd=60000&label=x&note=y&preparedBy=z",
        "Id=5&FacilitatorTokenHash=AAAA&DeletedAt=2020-01-01&Revealed=true&Included=false&Number=1",
        "__RequestVerificationToken=forged",
        "handler=delete",
        string.Join('&', Enumerable.Range(0, 250).Select(i => $"f{i}=1")),
        "padding=" + new string('x', 70 * 1024),
    ];

    /// <summary>Where forms post: every workshop handler, each on a workshop of its own (some close or delete it).</summary>
    private async Task<List<(string Name, HttpClient Client, string Url, string FormToken)>> TargetsAsync(List<IDisposable> owned)
    {
        var targets = new List<(string, HttpClient, string, string)>();
        var creator = Factory.CreateBrowserLikeClient();
        owned.Add(creator);
        targets.Add(("create", creator, "/workshops/new", await FormTokenAsync(creator, "/workshops/new")));
        foreach (var handler in new[] { "settle", "reopen", "include", "reveal", "close", "delete", "nope", "" })
        {
            var facilitator = await Facilitator.CreateAsync(Factory, roles: "CTO, CFO");
            owned.Add(facilitator);
            var invite = await facilitator.InvitePathAsync();
            var dana = await Participant.JoinAsync(Factory, invite, "Dana", "1");
            owned.Add(dana);
            await dana.AnswerAndCheckAsync(Stakeholders.Cfo());
            if (handler == "settle")
            {
                // Someone who has not joined, on a browser of their own.
                var newcomer = Factory.CreateBrowserLikeClient();
                owned.Add(newcomer);
                var joinToken = await FormTokenAsync(newcomer, invite);
                targets.Add(("join", newcomer, invite, joinToken));
                targets.Add(("join without a code", newcomer, "/w/join", joinToken));
                targets.Add(("answer", dana.Client, dana.Link, await FormTokenAsync(dana.Client, dana.Link)));
                targets.Add(("answer, with a handler", dana.Client, dana.Link + "?handler=settle", await FormTokenAsync(dana.Client, dana.Link)));
            }
            targets.Add(($"facilitator {handler}", facilitator.Client, handler.Length == 0 ? facilitator.Link : $"{facilitator.Link}?handler={handler}", await facilitator.FormTokenAsync()));
        }
        return targets;
    }

    private static async Task<string> FormTokenAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await HtmlForms.ParseAsync(response)).QuerySelector<IHtmlInputElement>("form[method=post] input[name=__RequestVerificationToken]")!.Value;
    }

    [Fact]
    public async Task Whatever_is_posted_to_any_workshop_handler_the_answer_is_never_a_server_error()
    {
        var owned = new List<IDisposable>();
        try
        {
            var targets = await TargetsAsync(owned);
            // Start-up may log its own (EF Core's migration checks on PostgreSQL); only what the forged posts log counts.
            var logged = Factory.Logs.Events.Count;
            var answered = new List<string>();
            foreach (var (name, client, url, formToken) in targets)
            {
                foreach (var body in Bodies)
                {
                    var withToken = (body.Length == 0 ? "" : body + "&") + "__RequestVerificationToken=" + Uri.EscapeDataString(formToken);
                    using var content = new StringContent(withToken, Encoding.ASCII, "application/x-www-form-urlencoded");
                    await AssertNoServerErrorAsync(client, url, content, $"{name} ← {Shorten(body)}");
                }
                // The same body as JSON, as multipart and as plain text, the token in the header the antiforgery check reads.
                foreach (var content in OtherContent(formToken))
                {
                    using (content) await AssertNoServerErrorAsync(client, url, content, $"{name} ← {content.Headers.ContentType}");
                }
                // Without any token: refused by the antiforgery check.
                using var tokenless = new FormUrlEncodedContent([new("question", "budget"), new("value", "250000"), new("name", "Mallory")]);
                using var refused = await client.PostAsync(new Uri(url, UriKind.Relative), tokenless);
                Assert.True((int)refused.StatusCode is >= 400 and < 500, $"{name} without a token: {(int)refused.StatusCode}");
                answered.Add(name);
            }
            Assert.Equal(13, answered.Count);
            var errors = Factory.Logs.Events.Skip(logged).Where(e => e.Level >= Serilog.Events.LogEventLevel.Error).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(errors.Count == 0, "errors logged: " + string.Join(" | ", errors));
        }
        finally
        {
            foreach (var disposable in owned) disposable.Dispose();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("?handler=nope")]
    [InlineData("?handler=")]
    public async Task A_post_naming_no_handler_of_the_facilitator_s_page_is_400_with_a_message(string query)
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", await facilitator.FormTokenAsync())]);

        using var response = await facilitator.Client.PostAsync(new Uri(facilitator.Link + query, UriKind.Relative), content);

        // The page has only named handlers; a post that names none of them once drew the page with no workshop (a 500).
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Reload the page and try again", PageText.Of(await HtmlForms.ParseAsync(response), "#error-summary"), StringComparison.Ordinal);
    }

    private static IEnumerable<HttpContent> OtherContent(string formToken)
    {
        var json = new StringContent("""{"question":"budget","value":"250000","participant":1,"include":"yes","reveal":"yes","title":"x","names":"named","name":"a"}""", Encoding.UTF8, "application/json");
        json.Headers.Add("RequestVerificationToken", formToken);
        yield return json;
        var multipart = new MultipartFormDataContent
        {
            { new StringContent(formToken), "__RequestVerificationToken" },
            { new StringContent("budget"), "question" },
            { new StringContent("250000"), "value" },
            { new ByteArrayContent(new byte[2048]), "value", "value.bin" },
        };
        yield return multipart;
        var text = new StringContent("question=budget&value=250000", Encoding.UTF8, "text/plain");
        text.Headers.Add("RequestVerificationToken", formToken);
        yield return text;
        var form = new StringContent("question=budget&value=250000", Encoding.UTF8);
        form.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-32" };
        form.Headers.Add("RequestVerificationToken", formToken);
        yield return form;
    }

    private static async Task AssertNoServerErrorAsync(HttpClient client, string url, HttpContent content, string because)
    {
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        Assert.True((int)response.StatusCode < 500, $"{because}: {(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        foreach (var leak in new[] { "   at ", ".cs:line", "Exception", "SELECT ", "SQLite", "Npgsql" })
        {
            Assert.False(text.Contains(leak, StringComparison.Ordinal), $"{because}: the answer says {leak}");
        }
    }

    private static string Shorten(string body) => body.Length > 60 ? body[..60] + "…" : body;
}
