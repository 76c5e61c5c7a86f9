using EngagementAdvisor.Core.Knowledge;

namespace EngagementAdvisor.Web.Features.Knowledge;

/// <summary>One numbered note on a page: the article behind a statement, and what kind of statement it is.</summary>
public sealed record Footnote(int Number, Source Source, Provenance Provenance)
{
    /// <summary>"a figure or claim from a firm that sells these services": what a reader needs to weigh the statement.</summary>
    public string Kind => Provenance switch
    {
        Provenance.VendorClaim => "a figure or claim from a firm that sells these services",
        Provenance.MarketFigure => "a market figure the article quotes",
        Provenance.Derived => "our own reasoning from what the article says",
        Provenance.NotInSources => "not covered by the article; our assumption",
        _ => "what the article says",
    };

    /// <summary>The note as one line of text, for a link's tooltip.</summary>
    public string Text => $"“{Source.Title}”, {Source.Publisher}: {Kind}.";
}
