namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>A test class that gets its own app and database per test, so tests can count rows freely.</summary>
public abstract class AppTest : IAsyncLifetime
{
    protected AdvisorFactory Factory { get; } = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
