using System.IO.Compression;
using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Results;

/// <summary>Result pages go out compressed to clients that accept it, and a cached copy only ever reaches a client that can read it.</summary>
public sealed class ResultPageCompressionTests : AppTest
{
    private const string Browser = "gzip, deflate, br, zstd";

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("identity", null)]
    [InlineData("deflate, zstd", null)]
    [InlineData(null, null)]
    public async Task The_page_is_sent_in_Brotli_else_gzip_whenever_the_client_accepts_it(string? acceptEncoding, string? expected)
    {
        var link = await NewResultLinkAsync();
        using var client = Factory.CreateClient();

        var (response, body) = await GetAsync(client, link, acceptEncoding);

        Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
        Assert.Contains("<html", expected is null ? System.Text.Encoding.UTF8.GetString(body) : Decompress(body, expected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_client_gets_the_page_in_a_coding_it_asked_for_whichever_copy_the_cache_already_holds()
    {
        var link = await NewResultLinkAsync();
        using var client = Factory.CreateClient();

        // Brotli first, so the cache holds a Brotli copy before the others ask.
        var (brotli, brotliBody) = await GetAsync(client, link, Browser);
        var (again, againBody) = await GetAsync(client, link, Browser);
        var (gzip, gzipBody) = await GetAsync(client, link, "gzip, deflate");
        var (plain, plainBody) = await GetAsync(client, link, null);

        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], again.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);

        var html = System.Text.Encoding.UTF8.GetString(plainBody);
        Assert.Contains("<html", html, StringComparison.Ordinal);
        Assert.Equal(html, Decompress(brotliBody, "br"));
        Assert.Equal(html, Decompress(againBody, "br"));
        Assert.Equal(html, Decompress(gzipBody, "gzip"));
        Assert.True(brotliBody.Length * 3 < plainBody.Length, $"{brotliBody.Length} bytes compressed of {plainBody.Length}");
    }

    [Fact]
    public async Task The_creator_s_first_view_with_the_manage_link_and_the_questionnaire_with_its_antiforgery_token_are_never_compressed()
    {
        using var creator = Factory.CreateBrowserLikeClient();
        using var posted = await HtmlForms.SubmitAsync(creator, "/assess", FormAnswers.OutsourcingCase());
        var link = new Uri(posted.Headers.Location!.OriginalString, UriKind.Relative);

        var (first, firstBody) = await GetAsync(creator, link, Browser);
        Assert.Empty(first.Content.Headers.ContentEncoding);
        Assert.Contains("manage-url", System.Text.Encoding.UTF8.GetString(firstBody), StringComparison.Ordinal);

        var (questionnaire, _) = await GetAsync(creator, new Uri("/assess", UriKind.Relative), Browser);
        Assert.Equal(HttpStatusCode.OK, questionnaire.StatusCode);
        Assert.Empty(questionnaire.Content.Headers.ContentEncoding);
    }

    private async Task<Uri> NewResultLinkAsync()
    {
        var body = await CreateAssessmentAsync("""{"control":"medium","scopeStability":"evolving","inHousePm":"strong","durationMonths":12,"budgetUsd":250000}""");
        return new Uri("/r/" + body.GetProperty("token").GetString(), UriKind.Relative);
    }

    private static async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(HttpClient client, Uri link, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, link);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static string Decompress(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
