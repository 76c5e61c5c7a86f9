using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Persistence;

/// <summary>
/// The app runs on compiled EF Core models (Data/CompiledModels, made by `dotnet ef dbcontext optimize`): they
/// skip building the model at start-up. Generated code goes stale silently when the configuration changes; these
/// hold it to the configuration and to the migrations, on the pass's provider.
/// </summary>
public sealed class ModelTests : AppTest
{
    [Fact]
    public async Task The_compiled_model_the_app_runs_on_matches_the_model_its_configuration_builds()
    {
        var (compiled, runtime, designTime) = await Factory.WithDbAsync(db => Task.FromResult(
            (db.Model.GetType().Namespace, Describe(db.Model), Describe(db.GetService<IDesignTimeModel>().Model))));

        Assert.StartsWith("EngagementAdvisor.Web.Data.CompiledModels.", compiled, StringComparison.Ordinal);
        // Compared line by line so a failure names what changed. Stale: regenerate (docs/architecture.md, Persistence).
        Assert.Equal(designTime, runtime);
    }

    /// <summary>What the database and the app's queries depend on, in terms both kinds of model can answer.</summary>
    private static string[] Describe(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            return new[] { $"{entity.Name} -> {entity.GetTableName()}" }
                .Concat(entity.GetProperties().Select(p =>
                    $"  {p.Name}: {p.ClrType.Name} column {p.GetColumnName(table)} null={p.IsNullable} max={p.GetMaxLength()} generated={p.ValueGenerated} converter={p.GetValueConverter()?.GetType().Name}"))
                .Concat(entity.GetKeys().Select(k => $"  key ({string.Join(", ", k.Properties.Select(p => p.Name))}) primary={k.IsPrimaryKey()}"))
                .Concat(entity.GetForeignKeys().Select(f => $"  fk ({string.Join(", ", f.Properties.Select(p => p.Name))}) -> {f.PrincipalEntityType.Name} delete={f.DeleteBehavior}"))
                .Concat(entity.GetIndexes().Select(i => $"  index ({string.Join(", ", i.Properties.Select(p => p.Name))}) unique={i.IsUnique}"))
                .OrderBy(line => line, StringComparer.Ordinal);
        }),
    ];

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
