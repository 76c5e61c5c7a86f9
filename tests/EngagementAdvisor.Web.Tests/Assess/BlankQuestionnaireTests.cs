using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Assess;

/// <summary>
/// The blank questionnaire is rendered once and then served as a copy with each visitor's own antiforgery token:
/// the copy must be the rendered page byte for byte, its token must work (and only with its own cookie), and every
/// other form of the page must still be rendered.
/// </summary>
public sealed partial class BlankQuestionnaireTests : AppTest
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private BlankQuestionnaire Copies => Factory.Services.GetRequiredService<BlankQuestionnaire>();

    private static string TokenOf(string html) => TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no token in the page");

    private static string WithoutToken(string html) => TokenField().Replace(html, "TOKEN");

    [Fact]
    public async Task Later_visitors_get_the_rendered_page_byte_for_byte_with_their_own_token_cookie_and_no_store()
    {
        using var first = Factory.CreateBrowserLikeClient();
        using var rendered = await first.GetAsync(new Uri("/assess", UriKind.Relative));
        var renderedHtml = await rendered.Content.ReadAsStringAsync();
        Assert.Equal(0, Copies.Served);

        using var second = Factory.CreateBrowserLikeClient();
        using var copied = await second.GetAsync(new Uri("/assess", UriKind.Relative));
        var copiedHtml = await copied.Content.ReadAsStringAsync();

        Assert.Equal(1, Copies.Served);
        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
        Assert.Equal(WithoutToken(renderedHtml), WithoutToken(copiedHtml));
        Assert.NotEqual(TokenOf(renderedHtml), TokenOf(copiedHtml));
        Assert.Equal(rendered.Content.Headers.ContentType, copied.Content.Headers.ContentType);
        Assert.Equal(Encoding.UTF8.GetByteCount(copiedHtml), copied.Content.Headers.ContentLength);
        Assert.Contains(copied.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.True(copied.Headers.CacheControl?.NoStore, "a page with a visitor's token is never stored by a cache");
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options" })
        {
            Assert.Equal(rendered.Headers.GetValues(header), copied.Headers.GetValues(header));
        }
    }

    [Fact]
    public async Task A_form_served_from_the_copy_posts_and_stores_one_result()
    {
        using (var warm = Factory.CreateBrowserLikeClient()) (await warm.GetAsync(new Uri("/assess", UriKind.Relative))).Dispose();
        using var client = Factory.CreateBrowserLikeClient();

        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase());

        Assert.Equal(1, Copies.Served);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Matches("^/r/[A-Za-z0-9_-]{43}$", posted.Headers.Location!.OriginalString);
        Assert.Equal(1, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task A_copied_token_is_refused_with_another_visitors_cookie_and_nothing_is_stored()
    {
        using (var warm = Factory.CreateBrowserLikeClient()) (await warm.GetAsync(new Uri("/assess", UriKind.Relative))).Dispose();
        using var alice = Factory.CreateBrowserLikeClient();
        using var bob = Factory.CreateBrowserLikeClient();
        var aliceToken = TokenOf(await alice.GetStringAsync(new Uri("/assess", UriKind.Relative)));
        (await bob.GetAsync(new Uri("/assess", UriKind.Relative))).Dispose();
        Assert.Equal(2, Copies.Served);

        var fields = FormAnswers.OutsourcingCase().Append(new("__RequestVerificationToken", aliceToken));
        using var content = new FormUrlEncodedContent(fields);
        using var posted = await bob.PostAsync(new Uri("/assess", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task A_signed_in_admin_gets_a_token_of_their_own_that_posts()
    {
        using (var warm = Factory.CreateSecureClient()) (await warm.GetAsync(new Uri("/assess", UriKind.Relative))).Dispose();
        using var admin = await AdminSession.AdminAsync(Factory);

        using var posted = await HtmlForms.SubmitAsync(admin, "/assess", FormAnswers.OutsourcingCase());

        Assert.Equal(1, Copies.Served);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(1, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task Adjusting_a_result_a_query_string_a_head_and_errors_are_rendered_not_copied()
    {
        var created = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        var token = created.GetProperty("token").GetString()!;
        using var client = Factory.CreateBrowserLikeClient();
        (await client.GetAsync(new Uri("/assess", UriKind.Relative))).Dispose();

        var adjusting = await client.GetStringAsync(new Uri("/assess?from=" + token, UriKind.Relative));
        (await client.GetAsync(new Uri("/assess?utm_source=mail", UriKind.Relative))).Dispose();
        using (var head = new HttpRequestMessage(HttpMethod.Head, "/assess")) (await client.SendAsync(head)).Dispose();
        var answers = FormAnswers.OutsourcingCase();
        answers.Remove("Input.Control");
        using var invalid = await HtmlForms.SubmitAsync(client, "/assess", answers);
        var errors = await invalid.Content.ReadAsStringAsync();

        Assert.Contains("id=\"adjusting\"", adjusting, StringComparison.Ordinal);
        Assert.Contains($"name=\"from\" value=\"{token}\"", adjusting, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("error-summary", errors, StringComparison.Ordinal);
        // Only the GET inside SubmitAsync was blank.
        Assert.Equal(1, Copies.Served);
        Assert.Equal(1, await Factory.CountAssessmentsAsync());
    }

    [Theory]
    [InlineData("abcTOKENdef", "TOKEN", "abc", "def")]
    [InlineData("TOKEN", "TOKEN", "", "")]
    [InlineData("abcTOKENdefTOKEN", "TOKEN", null, null)]
    [InlineData("abcdef", "TOKEN", null, null)]
    [InlineData("abcdef", "", null, null)]
    public void The_page_is_split_only_around_a_token_that_occurs_exactly_once(string page, string token, string? before, string? after)
    {
        var split = BlankQuestionnaire.Split(Encoding.ASCII.GetBytes(page), Encoding.ASCII.GetBytes(token));

        Assert.Equal(before, split is { } s ? Encoding.ASCII.GetString(s.Before) : null);
        Assert.Equal(after, split is { } t ? Encoding.ASCII.GetString(t.After) : null);
    }
}
