using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data;

/// <summary>Where the data lives: one SQLite file (one instance), or PostgreSQL (one or several instances).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{AdvisorDbContext}"/> (and a scoped <see cref="AdvisorDbContext"/>) for the provider
    /// named by <c>Database:Provider</c>. Configuration is read when the container is built, so settings that tests or
    /// hosts add late still apply.
    /// </summary>
    public static IServiceCollection AddAdvisorDatabase(this IServiceCollection services)
    {
        services.AddDbContextFactory<AdvisorDbContext, AdvisorContextFactory>((sp, options) =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            switch (ProviderOf(configuration))
            {
                case DatabaseProvider.Postgres:
                    var connectionString = configuration.GetConnectionString("Default");
                    if (string.IsNullOrWhiteSpace(connectionString))
                    {
                        throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is empty; set it to an Npgsql connection string.");
                    }
                    // Transient failures (a failover, a dropped connection) re-run the whole operation. Nothing in the app
                    // opens its own transaction, which this strategy would refuse without an explicit execution strategy.
                    options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure());
                    break;
                default:
                    options.UseSqlite(SqliteLocation.ConnectionString(configuration, sp.GetRequiredService<IHostEnvironment>()))
                        .AddInterceptors(new SqliteBusyTimeout());
                    break;
            }
        });
        return services;
    }

    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider is '{value}'; use Sqlite or Postgres.");
    }
}

/// <summary>Makes the context type whose migrations match the configured provider.</summary>
public sealed class AdvisorContextFactory(DbContextOptions<AdvisorDbContext> options, IConfiguration configuration) : IDbContextFactory<AdvisorDbContext>
{
    private readonly bool _postgres = DatabaseRegistration.ProviderOf(configuration) == DatabaseProvider.Postgres;

    public AdvisorDbContext CreateDbContext() => _postgres ? new PostgresAdvisorDbContext(options) : new SqliteAdvisorDbContext(options);
}
