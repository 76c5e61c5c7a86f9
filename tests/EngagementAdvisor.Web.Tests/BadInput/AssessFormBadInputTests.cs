using System.Net;
using System.Text;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.BadInput;

/// <summary>POST /assess with a real antiforgery token and one thing wrong: always a clear 4xx, never a row.</summary>
public sealed class AssessFormBadInputTests(BadInputApp app) : IClassFixture<BadInputApp>
{
    /// <summary>
    /// A case edits the valid OutsourcingCase form: "Key=value" sets a field, "+Key=value" adds another value for it
    /// (a duplicate), "-Key" removes it.
    /// </summary>
    public static TheoryData<string, string[]> Refused => new()
    {
        { "duplicate control", ["+control=high"] },
        { "duplicate duration", ["+durationMonths=12"] },
        { "duplicate label", ["+label=second"] },
        { "duration -1", ["durationMonths=-1"] },
        { "duration 0", ["durationMonths=0"] },
        { "duration 121", ["durationMonths=121"] },
        { "duration huge", ["durationMonths=99999999999999999999"] },
        { "duration exponent", ["durationMonths=1e3"] },
        { "duration fraction", ["durationMonths=4.5"] },
        { "duration NaN", ["durationMonths=NaN"] },
        { "duration Infinity", ["durationMonths=Infinity"] },
        { "duration one half", ["durationMonths=½"] },
        { "duration arabic-indic digits", ["durationMonths=٤"] },
        { "duration hex", ["durationMonths=0x10"] },
        { "duration empty", ["durationMonths="] },
        { "budget negative", ["budgetUsd=-60000"] },
        { "budget huge", ["budgetUsd=9223372036854775808"] },
        { "budget words", ["budgetUsd=sixty thousand"] },
        { "team size negative", ["teamSize=-3"] },
        { "unknown enum", ["control=extreme"] },
        { "enum wrong case", ["control=LOW"] },
        { "enum with NUL", ["control=low\0"] },
        { "enum traversal", ["scopeStability=../../etc/passwd"] },
        { "unknown urgency", ["startUrgency=yesterday"] },
        { "niche not yes/no", ["nicheExpertise=true"] },
        { "missing control", ["-control"] },
        { "label NUL", ["label=a\0b"] },
        { "label bell", ["label=a\u0007b"] },
        { "label CR/LF forged log line", ["label=Acme\r\n[ERR] forged"] },
        { "label RTL override", ["label=abc\u202Egpj.exe"] },
        { "label BOM", ["label=\uFEFFAcme"] },
        { "label 10,000 characters", ["label=" + new string('x', 10_000)] },
        { "label script, too long", ["label=" + BadInputApp.Script + new string('x', 200)] },
        { "unknown question", ["score=999"] },
        { "unknown question, odd case", ["input.SECRET=1"] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Bad_form_posts_are_400_and_store_nothing(string name, string[] edits)
    {
        using var client = app.Factory.CreateBrowserLikeClient();
        var token = await BadInputApp.AntiforgeryTokenAsync(client, "/assess");
        var fields = Edit(FormAnswers.OutsourcingCase(), edits);
        fields.Add(new("__RequestVerificationToken", token));
        var before = await app.AssessmentsAsync();

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/assess", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await BadInputApp.AssertSafeAsync(response, name);
        Assert.Equal(before, await app.AssessmentsAsync());
        // The page explains what is wrong instead of failing silently: the questionnaire with its errors, or (when the
        // framework cannot even read the form, e.g. a NUL in it) the "Bad request" page.
        var document = await HtmlForms.ParseAsync(response);
        Assert.True(document.QuerySelector("#error-summary li") is not null || document.QuerySelector("h1")?.TextContent == "Bad request",
            $"{name}: no explanation in {document.QuerySelector("main")?.TextContent}");
    }

    /// <summary>Bodies written by hand, for what an HTML form or FormUrlEncodedContent would never send.</summary>
    public static TheoryData<string, string> RawBodies => new()
    {
        { "label encoded NUL", "label=a%00b" },
        { "label encoded CR/LF", "label=a%0D%0A%5BERR%5D%20forged" },
        { "duration broken percent escape", "durationMonths=%G1" },
        { "control encoded twice", "control=l%256Fw" },
    };

    [Theory]
    [MemberData(nameof(RawBodies))]
    public async Task Hand_written_bodies_are_400_and_store_nothing(string name, string replacement)
    {
        using var client = app.Factory.CreateBrowserLikeClient();
        var token = await BadInputApp.AntiforgeryTokenAsync(client, "/assess");
        var key = replacement[..replacement.IndexOf('=', StringComparison.Ordinal)];
        var valid = FormAnswers.OutsourcingCase().Where(f => f.Key != key).Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}");
        var body = string.Join('&', valid.Append(replacement).Append("__RequestVerificationToken=" + Uri.EscapeDataString(token)));
        var before = await app.AssessmentsAsync();

        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri("/assess", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await BadInputApp.AssertSafeAsync(response, name);
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    [Theory]
    [InlineData("a%ED%A0%80b")] // U+D800 as UTF-8 would write it (CESU-8): not valid UTF-8
    [InlineData("%FF%FE")]
    public async Task Escapes_that_are_not_UTF8_stay_as_the_literal_text_typed(string label)
    {
        using var client = app.Factory.CreateBrowserLikeClient();
        var token = await BadInputApp.AntiforgeryTokenAsync(client, "/assess");
        var valid = FormAnswers.OutsourcingCase().Where(f => f.Key != "label").Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}");
        var body = string.Join('&', valid.Append("label=" + label).Append("__RequestVerificationToken=" + Uri.EscapeDataString(token)));

        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri("/assess", UriKind.Relative), content);

        // The form decoder leaves an undecodable escape as it was: no lone surrogate or U+FFFD ever reaches the app.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.Factory.WithDbAsync(db => db.Assessments.OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(label, StoredRows.LabelOf(stored));
    }

    [Fact]
    public async Task A_body_over_64_KB_is_413_and_stores_nothing()
    {
        using var client = app.Factory.CreateBrowserLikeClient();
        var fields = FormAnswers.OutsourcingCase().ToList();
        fields.Add(new("__RequestVerificationToken", await BadInputApp.AntiforgeryTokenAsync(client, "/assess")));
        fields.Add(new("Padding", new string('x', 70 * 1024)));
        var before = await app.AssessmentsAsync();

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/assess", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await BadInputApp.AssertSafeAsync(response, "64 KB");
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    [Fact]
    public async Task More_than_200_fields_are_refused_and_store_nothing()
    {
        using var client = app.Factory.CreateBrowserLikeClient();
        var fields = FormAnswers.OutsourcingCase().ToList();
        fields.Add(new("__RequestVerificationToken", await BadInputApp.AntiforgeryTokenAsync(client, "/assess")));
        fields.AddRange(Enumerable.Range(0, 250).Select(i => new KeyValuePair<string, string>("f" + i, "1")));
        var before = await app.AssessmentsAsync();

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/assess", UriKind.Relative), content);

        BadInputApp.AssertClientError(response, "250 extra fields");
        await BadInputApp.AssertSafeAsync(response, "250 extra fields");
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    [Theory]
    [InlineData("Score", "999")]
    [InlineData("TokenHash", "AAAA")]
    [InlineData("WeightsVersion", "99")]
    [InlineData("RecommendedModel", "offshoring")]
    [InlineData("CreatedAt", "2000-01-01T00:00:00Z")]
    [InlineData("ResultJson", "{}")]
    public async Task An_over_posted_server_field_is_refused_and_nothing_is_stored(string field, string value)
    {
        // Every field the form posts is an answer (or its antiforgery token, or the result being adjusted); anything
        // else is a forged post: the server's values (scores, tokens, versions, times) can never be set from outside.
        using var client = app.Factory.CreateBrowserLikeClient();
        var fields = FormAnswers.OutsourcingCase().ToList();
        fields.Add(new("__RequestVerificationToken", await BadInputApp.AntiforgeryTokenAsync(client, "/assess")));
        fields.Add(new(field, value));
        var before = await app.AssessmentsAsync();

        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/assess", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("question it does not have", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    private static List<KeyValuePair<string, string>> Edit(Dictionary<string, string> answers, string[] edits)
    {
        var fields = answers.ToList();
        foreach (var edit in edits)
        {
            if (edit.StartsWith('-'))
            {
                fields.RemoveAll(f => f.Key == edit[1..]);
                continue;
            }
            var split = edit.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = (edit[..split], edit[(split + 1)..]);
            if (key.StartsWith('+')) fields.Add(new(key[1..], value));
            else
            {
                fields.RemoveAll(f => f.Key == key);
                fields.Add(new(key, value));
            }
        }
        return fields;
    }
}
