using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>Drives the admin weights editor (/admin/weights) as a browser would.</summary>
public static class WeightsEditor
{
    /// <summary>Reads every field of the weights form as the browser would post it, then applies the edits (later edits win).</summary>
    public static async Task<List<KeyValuePair<string, string>>> EditorFieldsAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> changes)
    {
        var edits = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in changes) edits[key] = value;
        using var page = await client.GetAsync(new Uri("/admin/weights", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = await HtmlForms.ParseAsync(page);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in document.QuerySelectorAll<IHtmlInputElement>("form.weights-form input"))
        {
            if (input.Type == "checkbox" && !input.IsChecked) continue;
            fields.Add(new(input.Name!, edits.TryGetValue(input.Name!, out var v) ? v : input.Value));
        }
        foreach (var select in document.QuerySelectorAll<IHtmlSelectElement>("form.weights-form select"))
        {
            fields.Add(new(select.Name!, edits.TryGetValue(select.Name!, out var v) ? v : select.Value ?? ""));
        }
        foreach (var area in document.QuerySelectorAll<IHtmlTextAreaElement>("form.weights-form textarea"))
        {
            fields.Add(new(area.Name!, edits.TryGetValue(area.Name!, out var v) ? v : area.Value));
        }
        foreach (var (name, value) in edits.Where(e => fields.All(f => f.Key != e.Key))) fields.Add(new(name, value));
        return fields;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, List<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/admin/weights?handler={handler}", UriKind.Relative), content);
    }

    /// <summary>The form names a factor's importance Form.Factors[i].Importance, in question order.</summary>
    public static string ImportanceField(string factor) =>
        $"Form.Factors[{Questionnaire.Default.Scored.Select(q => q.Id).ToList().IndexOf(factor)}].Importance";
}
