namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>A test class that gets its own app and database per test, so tests can count rows freely.</summary>
public abstract class AppTest : IAsyncLifetime
{
    protected AdvisorFactory Factory { get; } = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>The creation body less its one-time manage link, which later reads of the same result never carry.</summary>
    protected static void AssertSameResult(System.Text.Json.JsonElement created, System.Text.Json.JsonElement fetched)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(created.GetRawText())!.AsObject();
        node.Remove("manageUrl");
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(node, System.Text.Json.Nodes.JsonNode.Parse(fetched.GetRawText())),
            $"created {node.ToJsonString()}\nfetched {fetched.GetRawText()}");
    }

    /// <summary>Creates an assessment through the public API and returns its body.</summary>
    protected async Task<System.Text.Json.JsonElement> CreateAssessmentAsync(string json)
    {
        using var client = Factory.CreateClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
