using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EngagementAdvisor.Web.Tests.BadInput;

/// <summary>
/// Result, API, rescore and manage links with malformed and near-miss tokens. A near miss (one character off, cut
/// short, other case, padded) answers 404 with exactly the body of any unknown token, so it tells a guesser nothing;
/// traversal and junk get a 4xx; the real link still works afterwards and nothing is deleted.
/// </summary>
public sealed class TokenBadInputTests(BadInputApp app) : IClassFixture<BadInputApp>
{
    /// <summary>Variants that look like a token and must be indistinguishable from an unknown one.</summary>
    private static readonly string[] NearMissNames =
    [
        "truncated", "one character changed", "first character changed", "upper-cased", "lower-cased", "swapped case",
        "with = padding", "42 characters", "44 characters", "1 character", "unknown well-formed", "non-canonical last character",
        "base64 not base64url", "with a trailing dot",
    ];

    /// <summary>
    /// Paths that are not tokens at all, percent-escapes as written. Not here: an encoded NUL in the path, which
    /// Kestrel refuses with 400 before the app sees it (the test server refuses to send it), and bare dot segments,
    /// which clients resolve before sending.
    /// </summary>
    private static readonly string[] JunkNames =
    [
        "empty", "%2e%2e%2f", "..%2f..%2fetc%2fpasswd", "....//", "..\\..\\windows\\win.ini", "%2e%2e%5c%2e%2e%5c",
        "%0d%0aSet-Cookie:%20x=1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "very long", "%E2%80%AE", "%EF%BB%BF", "%ED%A0%80", "%FF", "%",
        "%%32%65", "%27%20OR%20%271%27%3D%271", "1;DROP%20TABLE%20Assessments", "~",
    ];

    public static TheoryData<string> NearMisses => Rows(NearMissNames);

    public static TheoryData<string> Junk => Rows(JunkNames);

    private static TheoryData<string> Rows(string[] names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names) data.Add(name);
        return data;
    }

    private static string Variant(string name, string token) => name switch
    {
        "truncated" => token[..^1],
        "one character changed" => token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..],
        "first character changed" => (token[0] == 'A' ? 'B' : 'A') + token[1..],
        "upper-cased" => token.ToUpperInvariant(),
        "lower-cased" => token.ToLowerInvariant(),
        "swapped case" => new string(token.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray()),
        "with = padding" => token + "=",
        "42 characters" => token[..42],
        "44 characters" => token + "A",
        "1 character" => token[..1],
        "unknown well-formed" => "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        // The last character carries 4 spare bits; a non-zero spare bit is a different string for the same bytes.
        "non-canonical last character" => token[..^1] + (char)(token[^1] + 1),
        "base64 not base64url" => token.Replace('-', '+').Replace('_', '/') is var b && b != token ? b : token[..^1] + "+",
        "with a trailing dot" => token + ".",
        "empty" => "",
        "very long" => new string('A', 10 * 1024),
        _ => name,
    };

    private static IEnumerable<(string Path, Func<string, string, string> Build)> Endpoints()
    {
        yield return ("/r/{t}", (t, _) => $"/r/{t}");
        yield return ("/api/assessments/{t}", (t, _) => $"/api/assessments/{t}");
        yield return ("/r/{t}/rescore", (t, _) => $"/r/{t}/rescore");
        yield return ("/r/{t}/manage/{m}", (t, m) => $"/r/{t}/manage/{m}");
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public async Task Near_miss_tokens_are_404_with_the_same_body_as_any_unknown_token(string variant)
    {
        var (token, manage) = await app.CreateAsync();
        using var client = app.Factory.CreateClient();
        foreach (var (template, build) in Endpoints())
        {
            var unknown = await BodyAsync(client, build("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", manage));
            var nearMiss = await BodyAsync(client, build(Uri.EscapeDataString(Variant(variant, token)), manage));
            Assert.True(HttpStatusCode.NotFound == nearMiss.Status, $"{template} {variant}: {(int)nearMiss.Status}");
            Assert.Equal(unknown.Body, nearMiss.Body);
        }
        // The manage token's near misses, on a real result.
        var wrongManage = await BodyAsync(client, $"/r/{token}/manage/{Uri.EscapeDataString(Variant(variant, manage))}");
        Assert.Equal(HttpStatusCode.NotFound, wrongManage.Status);
        Assert.Equal((await BodyAsync(client, $"/r/{token}/manage/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).Body, wrongManage.Body);
        await AssertStillThereAsync(client, token, manage);
    }

    [Theory]
    [MemberData(nameof(Junk))]
    public async Task Junk_and_traversal_in_token_positions_is_a_4xx(string junk)
    {
        var (token, manage) = await app.CreateAsync();
        using var client = app.Factory.CreateClient();
        var raw = Variant(junk, token);
        string[] paths = [$"/r/{raw}", $"/api/assessments/{raw}", $"/r/{raw}/rescore", $"/r/{raw}/manage/{manage}", $"/r/{token}/manage/{raw}"];
        // "/r/{token}/" is the result itself.
        if (junk != "empty") paths = [.. paths, $"/r/{token}/{raw}"];
        foreach (var path in paths)
        {
            using var request = BadInputApp.Raw(HttpMethod.Get, path);
            using var response = await client.SendAsync(request);
            BadInputApp.AssertClientError(response, path.Length > 80 ? path[..80] : path);
            await BadInputApp.AssertSafeAsync(response, path);
        }
        await AssertStillThereAsync(client, token, manage);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    [MemberData(nameof(Junk))]
    public async Task Posting_the_manage_form_to_a_wrong_link_deletes_nothing(string variant)
    {
        var (token, manage) = await app.CreateAsync();
        using var client = app.Factory.CreateBrowserLikeClient();
        var antiforgery = await BadInputApp.AntiforgeryTokenAsync(client, $"/r/{token}/manage/{manage}");
        var raw = Variant(variant, token);
        var encoded = NearMissNames.Contains(variant) ? Uri.EscapeDataString(raw) : raw;
        var rawManage = Variant(variant, manage);
        var encodedManage = NearMissNames.Contains(variant) ? Uri.EscapeDataString(rawManage) : rawManage;

        foreach (var path in new[] { $"/r/{encoded}/manage/{manage}", $"/r/{token}/manage/{encodedManage}", $"/r/{encoded}/manage/{encodedManage}" })
        {
            using var request = BadInputApp.Raw(HttpMethod.Post, path);
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]);
            using var response = await client.SendAsync(request);
            BadInputApp.AssertClientError(response, path.Length > 80 ? path[..80] : path);
            await BadInputApp.AssertSafeAsync(response, path);
        }
        await AssertStillThereAsync(client, token, manage);
    }

    private async Task AssertStillThereAsync(HttpClient client, string token, string manage)
    {
        using var page = await client.GetAsync(new Uri($"/r/{token}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var managePage = await client.GetAsync(new Uri($"/r/{token}/manage/{manage}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, managePage.StatusCode);
        Assert.Equal(0, await app.Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Count(a => a.DeletedAt != null))));
    }

    /// <summary>The body, less what differs on every request (problem+json's trace and correlation ids).</summary>
    private static async Task<(HttpStatusCode Status, string Body)> BodyAsync(HttpClient client, string path)
    {
        using var request = BadInputApp.Raw(HttpMethod.Get, path);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            var node = JsonNode.Parse(body)!.AsObject();
            node.Remove("traceId");
            node.Remove("correlationId");
            body = node.ToJsonString(new JsonSerializerOptions());
        }
        return (response.StatusCode, body);
    }
}
