using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>
/// Contexts for reading every stored result in one pass: the CSV export and the impact preview. PostgreSQL's usual
/// contexts retry transient failures, and EF Core then buffers a query's whole result so that it can run it again
/// (dotnet/efcore#23721): an export of a million results held 1.2 GB. These contexts do not retry, so rows stream
/// as they are read; a failure part way ends the export or the preview, and the admin starts it again. On SQLite,
/// which has no retrying strategy, they are the usual contexts.
/// </summary>
public sealed class StreamingReads(IServiceProvider services, IConfiguration configuration)
{
    private readonly Lazy<Func<AdvisorDbContext>> _create = new(() => Choose(services, configuration));

    public AdvisorDbContext CreateDbContext() => _create.Value();

    private static Func<AdvisorDbContext> Choose(IServiceProvider services, IConfiguration configuration)
    {
        if (DatabaseRegistration.ProviderOf(configuration) == DatabaseProvider.Sqlite)
        {
            return services.GetRequiredService<IDbContextFactory<AdvisorDbContext>>().CreateDbContext;
        }
        var options = new DbContextOptionsBuilder<PostgresAdvisorDbContext>()
            .UseNpgsql(configuration.GetConnectionString("Default"))
            .Options;
        return () => new PostgresAdvisorDbContext(options);
    }
}
