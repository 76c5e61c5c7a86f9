using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Persistence;

/// <summary>The EF Core model and its migrations, on the pass's provider.</summary>
public sealed class ModelTests : AppTest
{
    [Fact]
    public void Both_providers_context_options_can_be_built_without_a_connection_string()
    {
        // `dotnet ef` (migrations, dbcontext optimize) builds every registered context's options from the app's
        // host while it looks for context types, usually with no connection string set: PostgreSQL's must not
        // throw then, or the tools stop working for SQLite too.
        var root = Directory.CreateTempSubdirectory("ea-model-");
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
            services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
            {
                EnvironmentName = "Production", ApplicationName = "EngagementAdvisor.Web", ContentRootPath = root.FullName,
            });
            services.AddAdvisorDatabase();
            using var provider = services.BuildServiceProvider();

            Assert.NotNull(provider.GetRequiredService<DbContextOptions<SqliteAdvisorDbContext>>());
            Assert.NotNull(provider.GetRequiredService<DbContextOptions<PostgresAdvisorDbContext>>());
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_model_has_no_changes_that_a_migration_does_not_cover() =>
        Assert.False(await Factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())),
            "The model differs from the last migration's snapshot: add a migration for each provider.");
}
