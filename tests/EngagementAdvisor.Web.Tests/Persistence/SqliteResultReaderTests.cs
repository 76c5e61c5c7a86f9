using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EngagementAdvisor.Web.Tests.Persistence;

/// <summary>
/// On SQLite, result links and API reads find their row with a statement kept prepared on open connections
/// (SqliteResultReader) instead of EF Core. Its SQL names the columns itself, so these tests hold every column it
/// reads equal to what EF Core reads from the same database, for results with and without every optional answer,
/// adjusted and deleted ones; and check that kept connections see later writes.
/// </summary>
public sealed class SqliteResultReaderTests : AppTest
{
    private static readonly Answers Everything = new()
    {
        Control = ControlLevel.High, ScopeStability = ScopeStability.Volatile, InHousePm = InHousePm.Strong,
        DurationMonths = 30, BudgetUsd = 2_000_000, TeamSize = 12, StartUrgency = StartUrgency.Asap,
        DataSensitivity = DataSensitivity.High, NicheExpertise = false, Label = "Tom & Jerry <co> \"ü\"",
    };

    private static readonly Answers Minimal = new()
    {
        Control = ControlLevel.Low, ScopeStability = ScopeStability.Stable, InHousePm = InHousePm.None,
        DurationMonths = 4, BudgetUsd = 60_000,
    };

    private SqliteResultReader Reader => Factory.Services.GetRequiredService<SqliteResultReader>();

    private AssessmentService Assessments => Factory.Services.GetRequiredService<AssessmentService>();

    [Fact]
    public async Task Every_column_it_reads_equals_what_EF_Core_reads()
    {
        TestDatabase.SkipUnlessSqlite("the prepared-statement reader is SQLite's");
        var ct = TestContext.Current.CancellationToken;
        var minimal = await Assessments.CreateAsync(Minimal, cancellationToken: ct);
        var everything = await Assessments.CreateAsync(Everything, minimal.Stored.Token, ct);
        var deleted = await Assessments.CreateAsync(Everything with { NicheExpertise = true }, cancellationToken: ct);
        Assert.True(await Assessments.DeleteAsync(deleted.Stored.Token, deleted.ManageToken, ct));

        foreach (var token in new[] { minimal.Stored.Token, everything.Stored.Token, deleted.Stored.Token })
        {
            var hash = ShareToken.Hash(token);
            var expected = await Factory.WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.TokenHash == hash, ct));

            var actual = Reader.Find(hash);

            Assert.NotNull(actual);
            foreach (var property in typeof(Assessment).GetProperties())
            {
                var (e, a) = (property.GetValue(expected), property.GetValue(actual));
                if (property.Name == nameof(Assessment.TokenHash))
                {
                    // Not selected: the caller has it already.
                    continue;
                }
                if (e is byte[] eb) Assert.Equal(eb, Assert.IsType<byte[]>(a));
                else Assert.True(Equals(e, a), $"{property.Name}: EF Core read {e ?? "null"}, the reader {a ?? "null"} ({token})");
            }
        }
        // The cases above cover each optional column both null and set.
        var rows = new[] { minimal, everything, deleted }.Select(c => Reader.Find(ShareToken.Hash(c.Stored.Token))!).ToArray();
        Assert.Null(rows[0].TeamSize);
        Assert.Equal(12, rows[1].TeamSize);
        Assert.NotNull(rows[1].AdjustedFromProtected);
        Assert.False(rows[1].NicheExpertise);
        Assert.NotNull(rows[2].DeletedAt);
        Assert.Null(rows[2].Label);
    }

    [Fact]
    public async Task A_kept_connection_sees_results_created_and_deleted_after_it_was_opened()
    {
        TestDatabase.SkipUnlessSqlite("the prepared-statement reader is SQLite's");
        var ct = TestContext.Current.CancellationToken;
        var first = await Assessments.CreateAsync(Minimal, cancellationToken: ct);
        Assert.NotNull(Reader.Find(ShareToken.Hash(first.Stored.Token)));

        var later = await Assessments.CreateAsync(Everything, cancellationToken: ct);
        var seenLater = Reader.Find(ShareToken.Hash(later.Stored.Token));
        Assert.True(await Assessments.DeleteAsync(first.Stored.Token, first.ManageToken, ct));
        var seenDeleted = Reader.Find(ShareToken.Hash(first.Stored.Token));

        Assert.Equal("Tom & Jerry <co> \"ü\"", seenLater?.Label);
        Assert.NotNull(seenDeleted?.DeletedAt);
        Assert.Equal(Lookup.Gone, (await Assessments.LookUpAsync(first.Stored.Token, ct)).Lookup);
        Assert.Null(Reader.Find(new byte[32]));
    }

    [Fact]
    public async Task Parallel_reads_each_get_their_own_row()
    {
        TestDatabase.SkipUnlessSqlite("the prepared-statement reader is SQLite's");
        var ct = TestContext.Current.CancellationToken;
        var created = new List<CreatedAssessment>();
        for (var months = 1; months <= 12; months++)
        {
            created.Add(await Assessments.CreateAsync(Minimal with { DurationMonths = months }, cancellationToken: ct));
        }

        var reads = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() =>
        {
            var expected = created[i % created.Count];
            return (Expected: expected.Stored.Answers.DurationMonths, Read: Reader.Find(ShareToken.Hash(expected.Stored.Token))?.DurationMonths);
        }, ct)));

        Assert.All(reads, r => Assert.Equal(r.Expected, r.Read));
    }

    [Fact]
    public async Task After_the_app_stops_it_refuses_to_read_and_has_closed_its_connections()
    {
        TestDatabase.SkipUnlessSqlite("the prepared-statement reader is SQLite's");
        var created = await Assessments.CreateAsync(Minimal, cancellationToken: TestContext.Current.CancellationToken);
        var reader = Reader;
        Assert.NotNull(reader.Find(ShareToken.Hash(created.Stored.Token)));

        await Factory.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => reader.Find(ShareToken.Hash(created.Stored.Token)));
    }

    [Fact]
    public void It_is_used_only_when_the_results_are_in_SQLite()
    {
        var environment = new TestEnvironment();
        using var sqlite = new SqliteResultReader(Config(("Database:Provider", "Sqlite"), ("ConnectionStrings:Default", "Data Source=:memory:")), environment);
        using var byDefault = new SqliteResultReader(Config(("ConnectionStrings:Default", "Data Source=:memory:")), environment);
        using var postgres = new SqliteResultReader(Config(("Database:Provider", "Postgres"), ("ConnectionStrings:Default", "Host=localhost")), environment);

        Assert.True(sqlite.IsActive);
        Assert.True(byDefault.IsActive);
        Assert.False(postgres.IsActive);
        Assert.Throws<InvalidOperationException>(() => postgres.Find(new byte[32]));
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "EngagementAdvisor.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
