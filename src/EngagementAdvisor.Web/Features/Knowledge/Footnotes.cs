using EngagementAdvisor.Core.Knowledge;

namespace EngagementAdvisor.Web.Features.Knowledge;

/// <summary>
/// The numbered notes of one page, made as the page cites them: a statement's fact ids (F1–F89) or sources become
/// note numbers, one note per article and kind of statement, numbered in the order they first appear, so a page has
/// a handful of notes however many statements it cites. The page ends with the list (<c>Knowledge/_Notes</c>). One
/// per request, so every partial of a page shares the numbering.
/// </summary>
public sealed class Footnotes
{
    /// <summary>ViewData key under which a page says how many notes its summary cited (the rest print only in full).</summary>
    public const string SummaryCountKey = "SummaryNotes";

    private readonly List<Footnote> _notes = [];

    public IReadOnlyList<Footnote> All => _notes;

    /// <summary>The notes for a statement resting on these facts: one per article and kind of statement among them.</summary>
    public IReadOnlyList<Footnote> ForFacts(IEnumerable<string> factIds)
    {
        ArgumentNullException.ThrowIfNull(factIds);
        // A weight set saved before fact ids were checked may name one that does not exist: it gets no note rather
        // than breaking every page that cites it.
        return Distinct(factIds.Where(Facts.Ids.Contains).Select(Facts.Of)
            .SelectMany(origin => origin.Sources.Select(source => Note(source, origin.Provenance))));
    }

    /// <summary>The notes for a statement of the knowledge catalogue, which names its sources and kind itself.</summary>
    public IReadOnlyList<Footnote> ForSources(IEnumerable<string> sourceIds, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        return Distinct(sourceIds.Select(source => Note(source, provenance)));
    }

    private static List<Footnote> Distinct(IEnumerable<Footnote> notes) => [.. notes.Distinct().OrderBy(n => n.Number)];

    private Footnote Note(string sourceId, Provenance provenance)
    {
        var source = Sources.Get(sourceId);
        var existing = _notes.FirstOrDefault(n => n.Provenance == provenance && n.Source == source);
        if (existing is not null) return existing;
        var note = new Footnote(_notes.Count + 1, source, provenance);
        _notes.Add(note);
        return note;
    }
}
