using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Knowledge;

namespace EngagementAdvisor.Web.Tests.Knowledge;

/// <summary>Fact codes become numbered notes: one per article and kind of statement, in order of first use.</summary>
public sealed class FootnotesTests
{
    [Fact]
    public void Notes_are_numbered_in_order_of_first_use_and_reused()
    {
        var notes = new Footnotes();

        var first = notes.ForFacts(["F34", "F79"]);     // F34: S3; F79: S2 and S3, all guidance
        var second = notes.ForFacts(["F33"]);           // a vendor's rates, S3
        var again = notes.ForFacts(["F79", "F34"]);

        Assert.Equal([1, 2], first.Select(n => n.Number));
        Assert.Equal(["S3", "S2"], first.Select(n => n.Source.Id));
        Assert.All(first, n => Assert.Equal(Provenance.Source, n.Provenance));
        Assert.Equal([3], second.Select(n => n.Number));
        Assert.Equal(Provenance.VendorClaim, second[0].Provenance);
        Assert.Equal([1, 2], again.Select(n => n.Number));
        Assert.Equal(3, notes.All.Count);
    }

    [Fact]
    public void A_note_names_the_article_its_publisher_and_the_kind_of_statement()
    {
        var note = new Footnotes().ForFacts(["F15"]).Single();

        Assert.Equal("“Outstaffing vs outsourcing / staff augmentation guide”, Empat, a software vendor: a figure or claim from a firm that sells these services.", note.Text);
    }

    [Fact]
    public void A_fact_id_that_does_not_exist_gets_no_note_rather_than_breaking_the_page()
    {
        // A weight set saved before fact ids were checked may carry one; every result citing it must still render.
        var notes = new Footnotes();

        Assert.Equal([1], notes.ForFacts(["F34", "f12", "S3"]).Select(n => n.Number));
        Assert.Single(notes.All);
    }
}
