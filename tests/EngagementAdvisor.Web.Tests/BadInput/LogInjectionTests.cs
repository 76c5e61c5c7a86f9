using System.Text;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.BadInput;

public sealed class LogInjectionTests : AppTest
{
    private const string Forged = "[ERR] forged";

    [Fact]
    public async Task Cr_lf_in_a_label_or_a_url_never_starts_a_log_line()
    {
        Factory.Settings["Serilog:MinimumLevel:Default"] = "Information";
        using var client = Factory.CreateBrowserLikeClient();
        var answers = FormAnswers.OutsourcingCase();
        answers["label"] = "Acme\r\n" + Forged;
        using var form = await HtmlForms.SubmitAsync(client, "/assess", answers);
        using var api = new StringContent(FormAnswers.OutsourcingCaseJson[..^1] + ",\"label\":\"Acme\\r\\n" + Forged + "\"}", Encoding.UTF8, "application/json");
        using var posted = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), api);
        foreach (var path in new[]
        {
            "/models/x%0D%0A%5BERR%5D%20forged", "/r/abc%0D%0A%5BERR%5D%20forged", "/r/%0D%0A%5BERR%5D%20forged", "/api/assessments/%0A%5BERR%5D%20forged",
            "/compare?r=%0D%0A%5BERR%5D%20forged", "/no-such-page%0D%0A%5BERR%5D%20forged", "/%0D%0A%5BERR%5D%20forged",
        })
        {
            using var request = BadInput.BadInputApp.Raw(HttpMethod.Get, path);
            using var response = await client.SendAsync(request);
        }

        // Not vacuous: the requests were logged, with the path's junk escaped.
        Assert.NotEmpty(await Factory.Logs.WaitForAsync(e => e.RenderMessage().Contains("\\u000d\\u000a[ERR] forged", StringComparison.Ordinal)));
        await Task.Delay(200);
        var events = Factory.Logs.Events;
        foreach (var logEvent in events)
        {
            foreach (var text in LogCapture.TextsOf(logEvent))
            {
                Assert.False(text.Contains("\r" + Forged, StringComparison.Ordinal) || text.Contains("\n" + Forged, StringComparison.Ordinal),
                    $"raw CR/LF before forged text in: {logEvent.RenderMessage()}");
            }
        }
    }
}
