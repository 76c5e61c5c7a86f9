using EngagementAdvisor.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>The database services for the configured provider.</summary>
public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{AdvisorDbContext}"/> (and a scoped <see cref="AdvisorDbContext"/>) for the provider
    /// named by <c>Database:Provider</c>. Configuration is read when the container is built, so settings that tests or
    /// hosts add late still apply.
    /// </summary>
    /// <remarks>
    /// Contexts are pooled (EF Core's own pool: a context is reset and reused rather than built per request). Both
    /// providers' pools are registered; only the configured one is ever resolved, so the other's options are never built.
    /// </remarks>
    public static IServiceCollection AddAdvisorDatabase(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<SqliteAdvisorDbContext>((sp, options) =>
            options.UseSqlite(SqliteLocation.ConnectionString(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()))
                .AddInterceptors(new SqliteBusyTimeout()));
        // Built only when PostgreSQL is configured (AdvisorContextFactory checks its connection string first), or by
        // `dotnet ef`, which builds every registered context's options while it looks for context types.
        services.AddPooledDbContextFactory<PostgresAdvisorDbContext>((sp, options) =>
            // Transient failures (a failover, a dropped connection) re-run the whole operation. Nothing in the app
            // opens its own transaction, which this strategy would refuse without an explicit execution strategy.
            options.UseNpgsql(sp.GetRequiredService<IConfiguration>().GetConnectionString("Default"), npgsql => npgsql.EnableRetryOnFailure()));
        services.AddSingleton<IDbContextFactory<AdvisorDbContext>, AdvisorContextFactory>();
        services.AddSingleton<StreamingReads>();
        // Identity's stores and the Data Protection key ring ask for the context itself; disposing the scope returns it to the pool.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AdvisorDbContext>>().CreateDbContext());
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
