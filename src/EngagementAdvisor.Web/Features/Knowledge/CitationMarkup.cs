using System.Globalization;
using System.Text.Encodings.Web;
using EngagementAdvisor.Core.Knowledge;
using Microsoft.AspNetCore.Html;

namespace EngagementAdvisor.Web.Features.Knowledge;

/// <summary>
/// The markup of a cited statement and of its note marks, written as one string each. A result page has about 200 of
/// them (every reason, tension, table cell and vendor question): as Razor partials they were most of the time it
/// took to render the page, each one looked up, activated and buffered on its own (docs/performance.md).
/// Each writes itself to the page as Razor writes a value: with the page's encoder.
/// </summary>
public static class CitationMarkup
{
    /// <summary>Note numbers after a statement, each linking to its line in the page's notes (Knowledge/_Notes).</summary>
    public static IHtmlContent NoteMarks(IReadOnlyList<Footnote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return notes.Count == 0 ? HtmlString.Empty : new Marks(notes);
    }

    /// <summary>
    /// A statement of the knowledge catalogue: a badge saying what kind of statement it is (unless it is the source's
    /// own), the text, its note marks, and for our own reasoning, why. Its notes are numbered now, in page order.
    /// </summary>
    public static IHtmlContent Statement(Cited cited, Footnotes notes)
    {
        ArgumentNullException.ThrowIfNull(cited);
        ArgumentNullException.ThrowIfNull(notes);
        return new CitedStatement(cited, cited.Sources.Count > 0 ? notes.ForSources(cited.Sources, cited.Provenance) : []);
    }

    // Written straight to the page with the page's own encoder (the app's settings: every Unicode range as is).
    private sealed class Marks(IReadOnlyList<Footnote> notes) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            foreach (var note in notes)
            {
                var number = note.Number.ToString(CultureInfo.InvariantCulture);
                writer.Write("<sup class=\"fn\"><a href=\"#note-");
                writer.Write(number);
                writer.Write("\" title=\"");
                encoder.Encode(writer, note.Text);
                writer.Write("\" aria-label=\"note ");
                writer.Write(number);
                writer.Write("\">");
                writer.Write(number);
                writer.Write("</a></sup>");
            }
        }
    }

    private sealed class CitedStatement(Cited cited, IReadOnlyList<Footnote> notes) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var badge = cited.Provenance switch
            {
                Provenance.VendorClaim => ("vendor", "A figure or claim published by a firm that sells these services", "Vendor claim"),
                Provenance.MarketFigure => ("market", "A market figure, attributed to the article that quotes it", "Market figure"),
                Provenance.Derived => ("derived", cited.Derivation ?? "", "Derived"),
                Provenance.NotInSources => ("none", "The sources say nothing on this", "Not in sources"),
                _ => default((string Kind, string Title, string Label)?),
            };
            if (badge is { } b)
            {
                writer.Write("<span class=\"badge ");
                writer.Write(b.Kind);
                writer.Write("\" title=\"");
                encoder.Encode(writer, b.Title);
                writer.Write("\">");
                writer.Write(b.Label);
                writer.Write("</span>\n");
            }
            encoder.Encode(writer, cited.Text);
            new Marks(notes).WriteTo(writer, encoder);
            if (cited.Provenance == Provenance.Derived && cited.Derivation is { Length: > 0 } derivation)
            {
                writer.Write("\n<span class=\"derivation\">Why: ");
                encoder.Encode(writer, derivation);
                writer.Write("</span>");
            }
        }
    }
}
