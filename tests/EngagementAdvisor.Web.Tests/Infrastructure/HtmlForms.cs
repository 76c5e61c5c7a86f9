using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>Drives pages as a browser would: reads the real form (with its antiforgery token) and posts it.</summary>
public static class HtmlForms
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    /// <summary>
    /// GETs the page, fills the named fields of its first form (or the one <paramref name="formSelector"/> finds) and
    /// posts it with the form's own hidden fields.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, IDictionary<string, string> fields, string formSelector = "form[method=post]")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        using var page = await client.GetAsync(new Uri(pageUrl, UriKind.Relative));
        page.EnsureSuccessStatusCode();
        var document = await ParseAsync(page);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No {formSelector} on {pageUrl}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            values.Add(new(hidden.Name!, hidden.Value));
        }
        values.AddRange(fields);
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(form.GetAttribute("action") ?? pageUrl, UriKind.Relative), content);
    }
}
