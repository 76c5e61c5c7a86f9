using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>Makes the context type whose migrations match the configured provider, from that provider's pool.</summary>
public sealed class AdvisorContextFactory(IServiceProvider services, IConfiguration configuration) : IDbContextFactory<AdvisorDbContext>
{
    private readonly Func<AdvisorDbContext> _create = Choose(services, configuration);

    public AdvisorDbContext CreateDbContext() => _create();

    private static Func<AdvisorDbContext> Choose(IServiceProvider services, IConfiguration configuration)
    {
        if (DatabaseRegistration.ProviderOf(configuration) == DatabaseProvider.Sqlite)
        {
            return services.GetRequiredService<IDbContextFactory<SqliteAdvisorDbContext>>().CreateDbContext;
        }
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString("Default")))
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is empty; set it to an Npgsql connection string.");
        }
        return services.GetRequiredService<IDbContextFactory<PostgresAdvisorDbContext>>().CreateDbContext;
    }
}
