using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.BadInput;

/// <summary>POST /api/assessments with everything a client can get wrong: a 4xx problem, never 5xx, never a row.</summary>
public sealed class AssessmentsApiBadInputTests(BadInputApp app) : IClassFixture<BadInputApp>
{
    private const string Valid = FormAnswers.OutsourcingCaseJson;

    /// <summary>The valid body with one more property (or a replaced one) spliced in before the closing brace.</summary>
    private static string With(string property) => Valid[..^1] + "," + property + "}";

    /// <summary>The valid body with <paramref name="field"/>'s value replaced by raw JSON.</summary>
    private static string Replace(string field, string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Valid)!.AsObject();
        node.Remove(field);
        return node.ToJsonString()[..^1] + $",\"{field}\":{json}}}";
    }

    /// <summary>Body, and the field the 400 must name.</summary>
    public static TheoryData<string, string, string> NamedField
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (name, values) in new Dictionary<string, string[]>
            {
                ["control"] = ["1", "true", "[]", "{}", "\"extreme\"", "\"LOW\"", "\" low\"", "\"low\\u0000\"", "\"../../etc/passwd\"", "\"\""],
                ["scopeStability"] = ["0", "[\"stable\"]", "\"unknown\""],
                ["inHousePm"] = ["false", "\"NONE\""],
                ["durationMonths"] = ["-1", "0", "121", "4.5", "4.0", "1e3", "1E1", "-0", "99999999999999999999", "1e400", "\"4\"", "true", "[4]", "{\"value\":4}"],
                ["budgetUsd"] = ["-60000", "999", "100000001", "9223372036854775808", "60000.01", "6e4", "\"$60,000\""],
                ["teamSize"] = ["0", "-3", "501", "2.5", "\"3\""],
                ["startUrgency"] = ["\"yesterday\"", "1"],
                ["dataSensitivity"] = ["\"HIGH\"", "[]"],
                ["nicheExpertise"] = ["\"yes\"", "1", "\"true\""],
                ["label"] = ["42", "[\"a\"]", "\"a\\u0000b\"", "\"a\\u0007b\"", "\"Acme\\r\\n[ERR] forged\"", "\"abc\\u202Egpj.exe\"", "\"\\uFEFFAcme\"", "\"a\\ud800b\"", "\"a\\udc00\"", $"\"{new string('x', 10_000)}\""],
            })
            {
                foreach (var value in values) data.Add($"{name}={(value.Length > 40 ? value[..40] + "…" : value)}", Replace(name, value), name);
            }
            foreach (var name in new[] { "token", "score", "weightsVersion", "recommendation", "createdAt", "manageUrl", "url", "ranking", "id", "Control" })
            {
                data.Add($"over-posted {name}", With($"\"{name}\":\"x\""), name);
            }
            data.Add("duplicate control", With("\"control\":\"high\""), "control");
            data.Add("duplicate label", With("\"label\":\"a\",\"label\":\"b\""), "label");
            data.Add("duplicate duration", With("\"durationMonths\":12"), "durationMonths");
            data.Add("script as a field name", With("\"<script>alert(1)</script>\":1"), "<script>alert(1)</script>");
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(NamedField))]
    public async Task Bad_fields_are_400_naming_the_field_and_store_nothing(string name, string json, string field)
    {
        var before = await app.AssessmentsAsync();

        using var response = await PostAsync(json, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"{name}: {field} not named in {body}");
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    /// <summary>Content type, body, expected status.</summary>
    public static TheoryData<string, string?, string, int> Refused => new()
    {
        { "text/plain", "text/plain", Valid, 415 },
        { "application/xml", "application/xml", "<answers><control>low</control></answers>", 415 },
        { "multipart", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"control\"\r\n\r\nlow\r\n--x--\r\n", 415 },
        { "form", "application/x-www-form-urlencoded", "control=low", 415 },
        { "no content type", null, Valid, 415 },
        { "empty body", "application/json", "", 400 },
        { "only whitespace", "application/json", "   ", 400 },
        { "truncated", "application/json", Valid[..20], 400 },
        { "trailing garbage", "application/json", Valid + "}", 400 },
        { "two objects", "application/json", Valid + Valid, 400 },
        { "comments", "application/json", "/* hi */" + Valid, 400 },
        { "trailing comma", "application/json", Valid[..^1] + ",}", 400 },
        { "single quotes", "application/json", Valid.Replace('"', '\''), 400 },
        { "NaN literal", "application/json", Replace("durationMonths", "NaN"), 400 },
        { "hex number", "application/json", Replace("durationMonths", "0x10"), 400 },
        { "root null", "application/json", "null", 400 },
        { "root array", "application/json", "[" + Valid + "]", 400 },
        { "root string", "application/json", "\"low\"", 400 },
        { "root number", "application/json", "42", 400 },
        { "root true", "application/json", "true", 400 },
        { "deep nesting", "application/json", With("\"label\":" + new string('[', 100) + new string(']', 100)), 400 },
        { "deep nesting, 5,000 levels", "application/json", new string('[', 5_000) + new string(']', 5_000), 400 },
        { "over 16 KB", "application/json", With($"\"label\":\"{new string('x', 17 * 1024)}\""), 413 },
        { "BOM then JSON", "application/json", "\uFEFF" + Valid, 400 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Wrong_content_types_and_malformed_bodies_get_a_clear_4xx_and_store_nothing(string name, string? contentType, string body, int status)
    {
        var before = await app.AssessmentsAsync();

        using var response = await PostAsync(body, contentType);

        Assert.True(status == (int)response.StatusCode, $"{name}: expected {status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if (status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(before, await app.AssessmentsAsync());
        }
        await BadInputApp.AssertSafeAsync(response, name);
    }

    [Theory]
    [InlineData("invalid UTF-8 in a string", new byte[] { 0xFF, 0xFE })]
    [InlineData("overlong UTF-8 slash", new byte[] { 0xC0, 0xAF })]
    [InlineData("UTF-8 encoded surrogate", new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task Bytes_that_are_not_UTF8_are_400_and_store_nothing(string name, byte[] bad)
    {
        var prefix = Encoding.UTF8.GetBytes(Valid[..^1] + ",\"label\":\"a");
        var body = prefix.Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var before = await app.AssessmentsAsync();
        using var client = app.Factory.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_is_cut_off_at_16_KB_with_413()
    {
        var before = await app.AssessmentsAsync();
        using var client = app.Factory.CreateClient();
        // A stream that cannot say its length: sent chunked, so only reading tells the size.
        using var content = new StreamContent(new EndlessJson());
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    [Fact]
    public async Task Script_in_the_label_is_stored_as_text_and_returned_as_json_that_is_never_sniffed_as_html()
    {
        using var response = await PostAsync(Replace("label", JsonSerializer.Serialize(BadInputApp.Script)), "application/json");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        // The API's JSON keeps < and > readable (AdvisorJson); it is safe because it is never HTML.
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var raw = await response.Content.ReadAsStringAsync();
        var body = JsonSerializer.Deserialize<JsonElement>(raw);
        Assert.Equal(BadInputApp.Script, body.GetProperty("answers").GetProperty("label").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? contentType)
    {
        using var client = app.Factory.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null) content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
    }

    /// <summary>{"label":"xxxx… for ever, in small reads; never reports a length.</summary>
    private sealed class EndlessJson : Stream
    {
        private bool _started;
        private long _sent;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            // Stops after 1 MB so a server that does not limit still ends (and then fails the 413 assertion).
            if (_sent > 1024 * 1024) return 0;
            var n = Math.Min(count, 1024);
            if (!_started)
            {
                _started = true;
                var head = "{\"label\":\""u8;
                head.CopyTo(buffer.AsSpan(offset));
                _sent += head.Length;
                return head.Length;
            }
            buffer.AsSpan(offset, n).Fill((byte)'x');
            _sent += n;
            return n;
        }
    }
}
