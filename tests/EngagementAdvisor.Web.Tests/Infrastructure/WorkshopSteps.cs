using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// What the people in a workshop do, through its real pages and forms: the facilitator creates it, participants join
/// with the invite code and save their answers. Each form can be read from one instance and posted to another, as a
/// browser behind a load balancer does; with one client both are the same.
/// </summary>
public static class WorkshopSteps
{
    /// <summary>One participant's answers as the participant's form posts them (the scored questions only: no label).</summary>
    public static Dictionary<string, string> OutsourcingAnswers() => new()
    {
        ["control"] = "low",
        ["scopeStability"] = "stable",
        ["inHousePm"] = "none",
        ["durationMonths"] = "4",
        ["budgetUsd"] = "60000",
    };

    /// <summary>Answers that differ from <see cref="OutsourcingAnswers"/> on every essential question.</summary>
    public static Dictionary<string, string> InHouseAnswers() => new()
    {
        ["control"] = "high",
        ["scopeStability"] = "evolving",
        ["inHousePm"] = "strong",
        ["durationMonths"] = "18",
        ["budgetUsd"] = "400000",
    };

    /// <summary>Creates a workshop (named participants unless <paramref name="anonymous"/>) and returns the facilitator's path, /w/f/{token}.</summary>
    public static async Task<string> CreateAsync(HttpClient client, string title, string roles = "", bool anonymous = false, HttpClient? postTo = null)
    {
        using var created = await SubmitAsync(client, postTo ?? client, "/workshops/new", "#new-workshop", new Dictionary<string, string>
        {
            ["title"] = title,
            ["roles"] = roles,
            ["names"] = anonymous ? "anonymous" : "named",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/w/f/", path, StringComparison.Ordinal);
        return path;
    }

    /// <summary>The invite code as the facilitator's page links it (canonical, as in /w/join/{code}).</summary>
    public static async Task<string> InviteCodeAsync(HttpClient client, string facilitatorPath)
    {
        using var page = await client.GetAsync(new Uri(facilitatorPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var url = (await HtmlForms.ParseAsync(page)).QuerySelector<IHtmlInputElement>("#invite-url")!.Value;
        return new Uri(url).AbsolutePath["/w/join/".Length..];
    }

    /// <summary>Joins through the invite link and returns the participant's path, /w/p/{token}.</summary>
    public static async Task<string> JoinAsync(HttpClient client, string code, string? name, string? role = null, HttpClient? postTo = null)
    {
        var fields = new Dictionary<string, string>();
        if (name is not null) fields["name"] = name;
        if (role is not null) fields["role"] = role;
        using var joined = await SubmitAsync(client, postTo ?? client, "/w/join/" + code, "#join-form", fields);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var path = joined.Headers.Location!.OriginalString;
        Assert.StartsWith("/w/p/", path, StringComparison.Ordinal);
        return path;
    }

    /// <summary>Saves a participant's answers through their page's form; the caller checks the status.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string participantPath, IDictionary<string, string> answers, HttpClient? postTo = null) =>
        SubmitAsync(client, postTo ?? client, participantPath, "#answers-form", answers);

    /// <summary>
    /// GETs <paramref name="pagePath"/> from <paramref name="formFrom"/>, fills the form <paramref name="formSelector"/>
    /// finds (its hidden fields, the antiforgery token among them, plus <paramref name="fields"/>) and posts it to
    /// <paramref name="postTo"/> at the form's own action.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient formFrom, HttpClient postTo, string pagePath, string formSelector, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(formFrom);
        ArgumentNullException.ThrowIfNull(postTo);
        ArgumentNullException.ThrowIfNull(fields);
        using var page = await formFrom.GetAsync(new Uri(pagePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = (await HtmlForms.ParseAsync(page)).QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No {formSelector} on {pagePath}");
        return await PostAsync(postTo, form, fields, pagePath);
    }

    /// <summary>
    /// Posts an already-read form (its hidden fields plus <paramref name="fields"/>) to its action, or, for a form
    /// without one, back to <paramref name="pagePath"/> as a browser does.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, IElement form, IDictionary<string, string> fields, string pagePath)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        values.AddRange(fields);
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(form.GetAttribute("action") ?? pagePath, UriKind.Relative), content);
    }
}
