using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>Participants join by the invite: a code typed as it was read out, then a name or a role.</summary>
public sealed class JoiningWorkshopTests : AppTest
{
    [Fact]
    public async Task A_code_typed_in_lower_case_with_spaces_or_dashes_is_taken_to_its_canonical_invite()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        var code = invite["/w/join/".Length..];
        using var client = Factory.CreateBrowserLikeClient();

        // A code is read out in a meeting and typed on a phone: case, spaces and dashes must not matter.
        foreach (var typed in new[] { code.ToLowerInvariant(), $"{code[..4]}-{code[4..]}", $" {code[..4].ToLowerInvariant()} {code[4..]} ", $"{code[..2]}-{code[2..6]} {code[6..]}" })
        {
            using var byPath = await client.GetAsync(new Uri("/w/join/" + Uri.EscapeDataString(typed), UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, byPath.StatusCode);
            Assert.Equal(invite, byPath.Headers.Location!.OriginalString);
            // The home page's "type your code" form sends it as ?code=.
            using var byForm = await client.GetAsync(new Uri("/w/join?code=" + Uri.EscapeDataString(typed), UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, byForm.StatusCode);
            Assert.Equal(invite, byForm.Headers.Location!.OriginalString);
        }
        using var canonical = await client.GetAsync(new Uri(invite, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, canonical.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(canonical)).QuerySelector("#join-form"));
    }

    [Theory]
    [InlineData("/w/join/ABC")]
    [InlineData("/w/join/ABCDEFGHJ")]
    [InlineData("/w/join/ABCD0FGH")] // 0 is not in the alphabet (it reads like O)
    [InlineData("/w/join/ABCD%21FGH")]
    [InlineData("/w/join?code=hello")]
    [InlineData("/w/join?code=")]
    public async Task Something_that_cannot_be_a_code_is_400_with_a_message(string path)
    {
        using var client = Factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That is not a workshop code", PageText.Of(page, "#q-code-error"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#code-form"));
    }

    [Fact]
    public async Task A_well_formed_code_of_no_workshop_is_404_with_a_message()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var code = (await facilitator.InvitePathAsync())["/w/join/".Length..];
        var other = (code[0] == 'A' ? "B" : "A") + code[1..];
        using var client = Factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/w/join/" + other, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No workshop has this code", PageText.Of(await HtmlForms.ParseAsync(response), "#q-code-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_workshop_asks_for_a_name_and_stores_nobody_without_one()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory, roles: "CTO, CFO", names: "named");
        var invite = await facilitator.InvitePathAsync();
        using var client = Factory.CreateBrowserLikeClient();

        using var refused = await HtmlForms.SubmitAsync(client, invite, new Dictionary<string, string> { ["name"] = "  ", ["role"] = "1" }, "#join-form");
        var page = await HtmlForms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Give your name", PageText.Of(page, "#q-name-error"), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync()));

        // With a name, the role is optional in a named workshop and shown beside the name.
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana Kim", "1");
        var stored = await Factory.WithDbAsync(db => db.WorkshopParticipants.SingleAsync());
        Assert.Equal(("Dana Kim", "CTO"), (stored.Name, stored.Role));
        Assert.Contains("Dana Kim (CTO)", PageText.Of(await dana.PageAsync(), ".eyebrow"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_workshop_with_roles_asks_for_a_role_and_stores_no_name()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory, roles: "CTO\nCFO\nProduct lead", names: "anonymous");
        var invite = await facilitator.InvitePathAsync();
        using var client = Factory.CreateBrowserLikeClient();
        var form = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(invite, UriKind.Relative)));
        // Nothing on the form asks for a name: an anonymous workshop never has one to leak.
        Assert.Null(form.QuerySelector("#join-form [name=name]"));
        Assert.Equal(["1", "2", "3"], form.QuerySelectorAll<IHtmlInputElement>("#join-form input[name=role]").Select(i => i.Value));

        using var refused = await HtmlForms.SubmitAsync(client, invite, new Dictionary<string, string>(), "#join-form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose your role", PageText.Of(await HtmlForms.ParseAsync(refused), "#q-role-error"), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync()));

        using var cfo = await Participant.JoinAsync(Factory, invite, role: "2");
        var stored = await Factory.WithDbAsync(db => db.WorkshopParticipants.SingleAsync());
        Assert.Null(stored.Name);
        Assert.Equal("CFO", stored.Role);
        Assert.Contains("you answer as CFO", PageText.Of(await cfo.PageAsync(), ".eyebrow"), StringComparison.Ordinal);
    }

    /// <summary>Forged join forms: a role that is not one of the workshop's, a name slipped into an anonymous workshop, repeats.</summary>
    public static TheoryData<string, bool, string[]> Forged => new()
    {
        { "role 99", false, ["name=Dana", "role=99"] },
        { "role 0", false, ["name=Dana", "role=0"] },
        { "role by its name", false, ["name=Dana", "role=CTO"] },
        { "role twice", false, ["name=Dana", "role=1", "role=2"] },
        { "name twice", false, ["name=Dana", "name=Eli"] },
        { "name of 61 characters", false, ["name=" + new string('n', 61)] },
        { "name with a line break", false, ["name=Dana\r\n[ERR] forged"] },
        { "name in an anonymous workshop", true, ["name=Dana", "role=1"] },
        { "empty name in an anonymous workshop", true, ["name=", "role=1"] },
        { "role 99 in an anonymous workshop", true, ["role=99"] },
        { "unknown field", true, ["role=1", "number=1"] },
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public async Task Forged_join_forms_are_400_and_store_nobody(string name, bool anonymous, string[] fields)
    {
        using var facilitator = await Facilitator.CreateAsync(Factory, roles: "CTO, CFO", names: anonymous ? "anonymous" : "named");
        var invite = await facilitator.InvitePathAsync();
        using var client = Factory.CreateBrowserLikeClient();
        var form = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(invite, UriKind.Relative)));
        var posted = fields.Select(f => new KeyValuePair<string, string>(f[..f.IndexOf('=', StringComparison.Ordinal)], f[(f.IndexOf('=', StringComparison.Ordinal) + 1)..]))
            .Append(new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value));

        using var content = new FormUrlEncodedContent(posted);
        using var response = await client.PostAsync(new Uri(invite, UriKind.Relative), content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.NotEmpty(PageText.Of(await HtmlForms.ParseAsync(response), "#error-summary"));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync()));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ea-workshop-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Opening_the_invite_again_on_the_same_browser_goes_back_to_the_same_page()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");

        using var again = await dana.Client.GetAsync(new Uri(invite, UriKind.Relative));
        // Another browser (another person) still gets the join form.
        using var someoneElse = Factory.CreateBrowserLikeClient();
        using var fresh = await someoneElse.GetAsync(new Uri(invite, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(dana.Link, again.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(fresh)).QuerySelector("#join-form"));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync()));
    }

    [Fact]
    public async Task A_closed_workshop_says_so_and_takes_nobody_new()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");
        await dana.AnswerAndCheckAsync(Stakeholders.Cfo());
        using var latecomer = Factory.CreateBrowserLikeClient();
        var formToken = (await HtmlForms.ParseAsync(await latecomer.GetAsync(new Uri(invite, UriKind.Relative))))
            .QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using (var closed = await facilitator.CloseAsync()) Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        using var page = await latecomer.GetAsync(new Uri(invite, UriKind.Relative));
        var document = await HtmlForms.ParseAsync(page);
        // The form was open in their browser before the close: posting it now is refused, and nobody is added.
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", formToken), new("name", "Eli")]);
        using var late = await latecomer.PostAsync(new Uri(invite, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("This workshop is closed", PageText.Of(document, "#closed"), StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("#join-form"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("closed", PageText.Of(await HtmlForms.ParseAsync(late), "#error-summary"), StringComparison.Ordinal);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync()));
    }
}
