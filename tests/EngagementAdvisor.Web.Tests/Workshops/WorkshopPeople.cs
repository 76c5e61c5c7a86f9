using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// The facilitator as a browser of their own: creates the workshop through the real form, keeps the private link the
/// app redirected to, and posts the page's own forms (with its antiforgery token) to the handlers.
/// </summary>
internal sealed class Facilitator : IDisposable
{
    private Facilitator(HttpClient client, string link)
    {
        Client = client;
        Link = link;
    }

    public HttpClient Client { get; }

    /// <summary>The private link as the app gave it: /w/f/{43-character token}.</summary>
    public string Link { get; }

    public string Token => Link["/w/f/".Length..];

    /// <summary>Fills in /workshops/new as a person would and follows nothing: the 302's target is the private link.</summary>
    public static async Task<Facilitator> CreateAsync(AdvisorFactory factory, string title = "Acme payments platform", string roles = "", string names = "named")
    {
        var client = factory.CreateBrowserLikeClient();
        using var created = await HtmlForms.SubmitAsync(client, "/workshops/new", new Dictionary<string, string> { ["title"] = title, ["roles"] = roles, ["names"] = names });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return new Facilitator(client, created.Headers.Location!.OriginalString);
    }

    public async Task<IDocument> PageAsync()
    {
        using var response = await Client.GetAsync(new Uri(Link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForms.ParseAsync(response);
    }

    /// <summary>The invite link's path (/w/join/ABCDEFGH), as the facilitator's page shows it to copy.</summary>
    public async Task<string> InvitePathAsync()
    {
        var page = await PageAsync();
        return new Uri(page.QuerySelector<IHtmlInputElement>("#invite-url")!.Value).AbsolutePath;
    }

    /// <summary>The page's antiforgery token (one per browser, whichever form carries it).</summary>
    public async Task<string> FormTokenAsync() =>
        (await PageAsync()).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

    /// <summary>Posts to a handler with the page's antiforgery token, as the page's forms do (or a forged one would).</summary>
    public async Task<HttpResponseMessage> PostAsync(string handler, params (string Name, string Value)[] fields) =>
        await PostWithTokenAsync(await FormTokenAsync(), handler, fields);

    /// <summary>As <see cref="PostAsync"/> with a token read earlier: for a workshop whose page no longer answers 200.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string formToken, string handler, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", formToken), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await Client.PostAsync(new Uri($"{Link}?handler={handler}", UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> SettleAsync(string question, string value) => PostAsync("settle", ("question", question), ("value", value));

    public Task<HttpResponseMessage> RevealAsync(bool reveal) => PostAsync("reveal", ("reveal", reveal ? "yes" : "no"));

    public Task<HttpResponseMessage> IncludeAsync(int participant, bool include) => PostAsync("include", ("participant", participant.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("include", include ? "yes" : "no"));

    public Task<HttpResponseMessage> CloseAsync() => PostAsync("close");

    public Task<HttpResponseMessage> DeleteAsync() => PostAsync("delete", ("confirm", "yes"));

    public void Dispose() => Client.Dispose();
}

/// <summary>A participant on a browser of their own: joins by the invite, keeps the link of their own page, answers there.</summary>
internal sealed class Participant : IDisposable
{
    private Participant(HttpClient client, string link)
    {
        Client = client;
        Link = link;
    }

    public HttpClient Client { get; }

    /// <summary>Their own page: /w/p/{43-character token}.</summary>
    public string Link { get; }

    public string Token => Link["/w/p/".Length..];

    /// <summary>Opens the invite, fills in the join form (name and role as given; null leaves a field out) and posts it.</summary>
    public static async Task<Participant> JoinAsync(AdvisorFactory factory, string invitePath, string? name = null, string? role = null)
    {
        var client = factory.CreateBrowserLikeClient();
        using var joined = await HtmlForms.SubmitAsync(client, invitePath, JoinFields(name, role), "#join-form");
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var link = joined.Headers.Location!.OriginalString;
        Assert.StartsWith("/w/p/", link, StringComparison.Ordinal);
        return new Participant(client, link);
    }

    public static Dictionary<string, string> JoinFields(string? name, string? role)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (name is not null) fields["name"] = name;
        if (role is not null) fields["role"] = role;
        return fields;
    }

    public async Task<IDocument> PageAsync()
    {
        using var response = await Client.GetAsync(new Uri(Link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForms.ParseAsync(response);
    }

    /// <summary>The whole page as served, for checks that nothing of someone else's is anywhere in it.</summary>
    public async Task<string> HtmlAsync()
    {
        using var response = await Client.GetAsync(new Uri(Link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Saves answers through the page's own form.</summary>
    public Task<HttpResponseMessage> AnswerAsync(IDictionary<string, string> answers) => HtmlForms.SubmitAsync(Client, Link, answers, "#answers-form");

    /// <summary>Saves answers and checks they were taken (302 to the page's "saved" callout).</summary>
    public async Task AnswerAndCheckAsync(IDictionary<string, string> answers)
    {
        using var saved = await AnswerAsync(answers);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Link + "?saved=true#saved", saved.Headers.Location!.OriginalString);
    }

    public void Dispose() => Client.Dispose();
}

/// <summary>
/// Answers two stakeholders give, as the participant's form posts them. Worked through the scorer with the default
/// weights: the CTO's own answers recommend offshoring, the CFO's outsourcing; together their middle answers recommend
/// outsourcing while the mean of their own results is outstaffing (the two ways differ), control and scope stability
/// each decide the result, and a budget settled at $1,000,000 turns the group's answers to outstaffing.
/// </summary>
internal static class Stakeholders
{
    public static Dictionary<string, string> Cto() => new(StringComparer.Ordinal)
    {
        ["control"] = "high",
        ["scopeStability"] = "volatile",
        ["inHousePm"] = "strong",
        ["durationMonths"] = "24",
        ["budgetUsd"] = "900000",
        ["teamSize"] = "6",
        ["teamLocation"] = "nearshore",
    };

    public static Dictionary<string, string> Cfo() => new(StringComparer.Ordinal)
    {
        ["control"] = "low",
        ["scopeStability"] = "stable",
        ["inHousePm"] = "strong",
        ["durationMonths"] = "6",
        ["budgetUsd"] = "150000",
        ["teamLocation"] = "any",
    };
}
