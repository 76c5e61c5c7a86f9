using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace EngagementAdvisor.Web.Tests.Security;

/// <summary>
/// A whole visit at Information level (the shipped configuration, with the test factory's Warning lifted): nothing
/// that opens, deletes or signs in to anything reaches the logs. Only token prefixes may.
/// </summary>
public sealed partial class LogContentTests : AppTest
{
    [Fact]
    public async Task A_full_journey_logs_no_password_cookie_antiforgery_token_or_whole_share_or_manage_token()
    {
        Factory.Settings["Serilog:MinimumLevel:Default"] = "Information";
        var cookies = new CookieContainer();
        var recorder = new Recorder();
        using var client = Factory.CreateDefaultClient(new Uri("https://localhost"), recorder, new CookieContainerHandler(cookies));
        var wrongPassword = "Wrong-" + Guid.NewGuid().ToString("N");

        // A questionnaire through the form, its result with the one-time manage link, the manage page.
        using (var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase()))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            using var result = await client.GetAsync(posted.Headers.Location);
            var manageUrl = (await HtmlForms.ParseAsync(result)).QuerySelector("#manage-url")!.GetAttribute("value")!;
            using var manage = await client.GetAsync(new Uri(new Uri(manageUrl).PathAndQuery, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        }
        // The API: create, read, compare, adjust, rescore; then the manage link deletes the result.
        string token, manageToken;
        using (var content = new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "application/json"))
        using (var created = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content))
        {
            var body = await created.Content.ReadFromJsonAsync<JsonElement>();
            token = body.GetProperty("token").GetString()!;
            var manage = body.GetProperty("manageUrl").GetString()!;
            manageToken = manage[(manage.LastIndexOf('/') + 1)..];
        }
        foreach (var path in new[] { $"/api/assessments/{token}", $"/r/{token}", $"/compare?r={token}&r={token[..42]}A", $"/assess?from={token}", $"/r/{token}/rescore" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        }
        using (var deleted = await HtmlForms.SubmitAsync(client, $"/r/{token}/manage/{manageToken}", new Dictionary<string, string>(), "#delete-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }
        // Admin: a failed sign-in, a real one, a weights save, sign-out.
        using (var failed = await AdminSession.SignInAsync(client, AdvisorFactory.AdminEmail, wrongPassword)) Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        using (var signedIn = await AdminSession.SignInAsync(client, AdvisorFactory.AdminEmail, Factory.AdminPassword)) Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        {
            var fields = await WeightsEditor.EditorFieldsAsync(client, new Dictionary<string, string> { ["Form.Comment"] = "journey" });
            using var saved = await WeightsEditor.PostAsync(client, "Save", fields);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        using (var admin = await client.GetAsync(new Uri("/admin/assessments", UriKind.Relative))) Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        using (var signOut = await HtmlForms.SubmitAsync(client, "/admin", new Dictionary<string, string>())) { }

        // Every request has been logged before the secrets are checked against the logs.
        Assert.NotEmpty(await Factory.Logs.WaitForAsync(e => e.RenderMessage().Contains("/admin/assessments", StringComparison.Ordinal)));
        await Task.Delay(200);
        var secrets = recorder.Secrets
            .Concat(cookies.GetAllCookies().Select(c => c.Value))
            .Append(Factory.AdminPassword).Append(wrongPassword).Append(token).Append(manageToken)
            .Where(s => s.Length >= 16)
            .Distinct()
            .ToList();
        Assert.Contains(token, secrets);
        Assert.True(recorder.Secrets.Count(s => TokenShape().IsMatch(s)) >= 3, "share and manage tokens recorded");
        Assert.True(cookies.GetAllCookies().Any(c => c.Name.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)), "antiforgery cookie recorded");
        Assert.True(cookies.GetAllCookies().Any(c => c.Name.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal)) || recorder.Secrets.Count > 5, "auth cookie recorded");
        var events = Factory.Logs.Events;
        Assert.Contains(events, e => e.RenderMessage().Contains($"/r/{token[..6]}…", StringComparison.Ordinal));
        foreach (var logEvent in events)
        {
            var texts = LogCapture.TextsOf(logEvent).ToList();
            foreach (var secret in secrets)
            {
                Assert.False(texts.Any(t => t.Contains(secret, StringComparison.Ordinal)),
                    $"'{secret[..6]}…' is in the log event: {logEvent.RenderMessage()}");
            }
        }
    }

    [Fact]
    public void Paths_on_every_event_keep_only_token_prefixes_and_escape_control_characters()
    {
        // The host's log scope puts the raw path on any event logged during a request (a warning or error on a result
        // page would otherwise carry the whole token); the enricher rewrites it.
        const string token = "AbCdEf0123456789AbCdEf0123456789AbCdEf01234";
        var logEvent = new Serilog.Events.LogEvent(DateTimeOffset.UtcNow, Serilog.Events.LogEventLevel.Error, null,
            new Serilog.Parsing.MessageTemplateParser().Parse("{RequestPath} {Path} {QueryString}"),
            [
                new("RequestPath", new Serilog.Events.ScalarValue($"/r/{token}/manage/{token}")),
                new("Path", new Serilog.Events.ScalarValue("/models/x\r\n[ERR] forged")),
                new("QueryString", new Serilog.Events.ScalarValue($"?r={token}&from={token}")),
            ]);

        new Web.Infrastructure.LogRedactionEnricher().Enrich(logEvent, null!);

        var text = logEvent.RenderMessage();
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.Contains("/r/AbCdEf…", text, StringComparison.Ordinal);
        Assert.Contains("?r=AbCdEf…&from=AbCdEf…", text, StringComparison.Ordinal);
        Assert.Contains("/models/x\\u000d\\u000a[ERR] forged", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_workshop_logs_no_workshop_link_result_link_or_invite_code()
    {
        Factory.Settings["Serilog:MinimumLevel:Default"] = "Information";
        var recorders = new List<Recorder>();
        var cookieJars = new List<CookieContainer>();
        var journey = await WorkshopJourney.RunAsync(() =>
        {
            var (recorder, cookies) = (new Recorder(), new CookieContainer());
            recorders.Add(recorder);
            cookieJars.Add(cookies);
            return Factory.CreateDefaultClient(new Uri("https://localhost"), recorder, new CookieContainerHandler(cookies));
        });

        // The streams close as the journey ends; their requests are logged then, and everything before them already.
        var danaStream = $"/w/p/{journey.ParticipantTokens[0][..6]}…/events";
        Assert.NotEmpty(await Factory.Logs.WaitForAsync(e => e.RenderMessage().Contains(danaStream, StringComparison.Ordinal)));
        await Task.Delay(200);
        var tokens = recorders.SelectMany(r => r.Secrets)
            .Concat(cookieJars.SelectMany(c => c.GetAllCookies()).Select(c => c.Value))
            .Append(journey.FacilitatorToken).Append(journey.ResultToken).Concat(journey.ParticipantTokens)
            .Where(s => s.Length >= 16)
            .Distinct()
            .ToList();
        // The invite code is short: every way it was typed or shown counts.
        var code = journey.InviteCode;
        var codes = new[] { code, $"{code[..4]}-{code[4..]}", $"{code[..4]} {code[4..]}".ToLowerInvariant(), code.ToLowerInvariant() };
        Assert.True(tokens.Count(t => TokenShape().IsMatch(t)) >= 4, "facilitator, participant and result tokens recorded");
        Assert.Contains(cookieJars.SelectMany(c => c.GetAllCookies()), c => c.Name.StartsWith("ea-workshop-", StringComparison.Ordinal));
        var events = Factory.Logs.Events;
        // The requests are in the log, each path shortened to what identifies no workshop.
        Assert.Contains(events, e => e.RenderMessage().Contains($"/w/f/{journey.FacilitatorToken[..6]}…", StringComparison.Ordinal));
        Assert.Contains(events, e => e.RenderMessage().Contains("/w/join/…", StringComparison.Ordinal));
        Assert.Contains(events, e => e.RenderMessage().Contains(danaStream, StringComparison.Ordinal));
        foreach (var logEvent in events)
        {
            var texts = LogCapture.TextsOf(logEvent).ToList();
            foreach (var secret in tokens)
            {
                Assert.False(texts.Any(t => t.Contains(secret, StringComparison.Ordinal)),
                    $"'{secret[..6]}…' is in the log event: {logEvent.RenderMessage()}");
            }
            foreach (var typed in codes)
            {
                Assert.False(texts.Any(t => t.Contains(typed, StringComparison.OrdinalIgnoreCase)), $"the invite code is in the log event: {logEvent.RenderMessage()}");
            }
        }
    }

    [Fact]
    public void Workshop_paths_and_typed_invite_codes_on_every_event_keep_no_token_or_code()
    {
        // As above for results: the scope's raw path and the hosting events' path and query are rewritten on every event.
        const string token = "AbCdEf0123456789AbCdEf0123456789AbCdEf01234";
        var logEvent = new Serilog.Events.LogEvent(DateTimeOffset.UtcNow, Serilog.Events.LogEventLevel.Error, null,
            new Serilog.Parsing.MessageTemplateParser().Parse("{RequestPath} {Path} {QueryString}"),
            [
                new("RequestPath", new Serilog.Events.ScalarValue($"/w/p/{token}/events")),
                new("Path", new Serilog.Events.ScalarValue("/w/join/K7QM-4XTR")),
                new("QueryString", new Serilog.Events.ScalarValue("?code=k7qm+4xtr&x=1")),
            ]);

        new Web.Infrastructure.LogRedactionEnricher().Enrich(logEvent, null!);

        var text = logEvent.RenderMessage();
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("K7QM", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("4XTR", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/w/p/AbCdEf…/events", text, StringComparison.Ordinal);
        Assert.Contains("/w/join/…", text, StringComparison.Ordinal);
        Assert.Contains("&x=1", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenShape();

    /// <summary>Collects what the client sends and receives that must stay secret: tokens in URLs, form secrets, Set-Cookie values.</summary>
    private sealed partial class Recorder : DelegatingHandler
    {
        public List<string> Secrets { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Secrets.AddRange(TokenLike().Matches(request.RequestUri!.OriginalString).Select(m => m.Value));
            if (request.Content is FormUrlEncodedContent form)
            {
                var text = await form.ReadAsStringAsync(cancellationToken);
                foreach (var pair in text.Split('&'))
                {
                    var (name, value) = (Uri.UnescapeDataString(pair.Split('=')[0]), Uri.UnescapeDataString(pair.Split('=')[1].Replace('+', ' ')));
                    if (name is "__RequestVerificationToken" or "Password" or "Code") Secrets.Add(value);
                }
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.Location is { } location) Secrets.AddRange(TokenLike().Matches(location.OriginalString).Select(m => m.Value));
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var header in setCookies)
                {
                    var value = header.Split(';')[0];
                    Secrets.Add(value[(value.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                }
            }
            return response;
        }

        [GeneratedRegex("[A-Za-z0-9_-]{43}")]
        private static partial Regex TokenLike();
    }
}
