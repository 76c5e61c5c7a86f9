using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>A facilitator starts a workshop at /workshops/new: no account, a private link is the key.</summary>
public sealed class CreatingWorkshopTests : AppTest
{
    [Fact]
    public async Task Creating_redirects_to_the_private_link_and_stores_only_fingerprints_of_its_secrets()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory, "Acme payments platform", "CTO, CFO\nProduct lead", "named");
        var page = await facilitator.PageAsync();
        var code = page.QuerySelector("#invite-code")!.TextContent.Trim();

        Assert.Matches("^/w/f/[A-Za-z0-9_-]{43}$", facilitator.Link);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        code = code.Replace("-", "", StringComparison.Ordinal);
        Assert.EndsWith("/w/join/" + code, page.QuerySelector<IHtmlInputElement>("#invite-url")!.Value, StringComparison.Ordinal);

        var row = await Factory.WithDbAsync(db => db.Workshops.SingleAsync());
        // Whoever reads the database cannot turn it back into the facilitator's link or the invite code: only their
        // SHA-256 is searched, and the code is kept encrypted so the facilitator's page can show it again.
        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes(facilitator.Token)), row.FacilitatorTokenHash);
        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes(code)), row.InviteCodeHash);
        foreach (var (column, text) in Texts(row))
        {
            Assert.DoesNotContain(facilitator.Token, text, StringComparison.Ordinal);
            Assert.False(text.Contains(code, StringComparison.OrdinalIgnoreCase), $"{column} holds the invite code in the clear");
        }
        Assert.NotEmpty(row.InviteCodeProtected);
        var protector = Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("EngagementAdvisor.Workshops");
        Assert.Equal(code, protector.Unprotect(row.InviteCodeProtected));
        Assert.Equal("Acme payments platform", row.Title);
        Assert.Equal("""["CTO","CFO","Product lead"]""", row.RolesJson);
        Assert.False(row.Anonymous);
        Assert.False(row.Revealed);
    }

    /// <summary>Every column of the row as text: strings as stored, byte columns as ASCII, hex and base64.</summary>
    private static IEnumerable<(string Column, string Text)> Texts(Data.Entities.Workshop row) =>
        typeof(Data.Entities.Workshop).GetProperties().SelectMany(p => p.GetValue(row) switch
        {
            string s => new[] { (p.Name, s) },
            byte[] b => [(p.Name, Encoding.ASCII.GetString(b)), (p.Name, Convert.ToHexString(b)), (p.Name, Convert.ToBase64String(b))],
            _ => [],
        });

    [Fact]
    public async Task The_first_view_says_to_keep_the_link_and_a_second_view_does_not()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);

        var first = await facilitator.PageAsync();
        var second = await facilitator.PageAsync();

        // The link cannot be sent again (only its fingerprint is kept), so the first view says so, once.
        Assert.NotNull(first.QuerySelector("#facilitator-link"));
        Assert.EndsWith(facilitator.Link, first.QuerySelector<IHtmlInputElement>("#facilitator-url")!.Value, StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("#facilitator-link"));
        Assert.Null(second.QuerySelector("#facilitator-url"));
        Assert.NotNull(second.QuerySelector("#invite-code"));
    }

    /// <summary>
    /// A case edits the valid form (title, roles, named): "key=value" sets a field, "+key=value" posts it a second
    /// time, then the element the message belongs on and words it must contain.
    /// </summary>
    public static TheoryData<string, string[], string, string> Refused => new()
    {
        { "missing title", ["title="], "#q-title-error", "Give the workshop a title" },
        { "title of 121 characters", ["title=" + new string('t', 121)], "#q-title-error", "The title can be at most 120 characters" },
        { "13 roles", ["roles=" + string.Join(", ", Enumerable.Range(1, 13).Select(i => $"Role {i}"))], "#q-roles-error", "at most 12 roles; you named 13" },
        { "a role of 41 characters", ["roles=CTO\n" + new string('r', 41)], "#q-roles-error", "at most 40 characters" },
        { "unknown names value", ["names=both"], "#q-names-error", "Names must be named or anonymous" },
        { "missing names", ["names="], "#q-names-error", "Choose whether participants give their names" },
        { "title posted twice", ["+title=Another title"], "#q-title-error", "answered more than once" },
        { "names posted twice", ["+names=anonymous"], "#q-names-error", "answered more than once" },
        { "unknown field", ["+facilitatorTokenHash=AAAA"], "#error-summary", "a question it does not have" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bad_input_is_400_with_a_message_on_the_field_and_stores_nothing(string name, string[] edits, string errorSelector, string words)
    {
        using var client = Factory.CreateBrowserLikeClient();
        var form = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/workshops/new", UriKind.Relative)));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value),
            new("title", "Acme payments platform"),
            new("roles", "CTO, CFO"),
            new("names", "named"),
        };
        foreach (var edit in edits)
        {
            var (key, value) = (edit.TrimStart('+')[..edit.TrimStart('+').IndexOf('=', StringComparison.Ordinal)], edit[(edit.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (!edit.StartsWith('+')) fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/workshops/new", UriKind.Relative), content);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = PageText.Of(page, errorSelector);
        Assert.True(message.Length > 0, $"{name}: no message at {errorSelector}");
        Assert.Contains(words, message, StringComparison.Ordinal);
        // The summary above the form repeats it, so a screen-reader user hears it first.
        Assert.NotEmpty(PageText.Of(page, "#error-summary"));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Workshops.CountAsync()));
    }
}
