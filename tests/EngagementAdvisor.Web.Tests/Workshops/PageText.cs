using AngleSharp.Dom;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>What a person reads on a page: an element's text with the markup's line breaks and indentation collapsed.</summary>
internal static class PageText
{
    /// <summary>The text of the element <paramref name="selector"/> finds, or "" when the page has none.</summary>
    public static string Of(IDocument page, string selector) =>
        page.QuerySelector(selector) is { } element ? Collapse(element.TextContent) : "";

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
