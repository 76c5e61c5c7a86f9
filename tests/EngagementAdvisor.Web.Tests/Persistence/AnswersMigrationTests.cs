using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Infrastructure;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EngagementAdvisor.Web.Tests.Persistence;

/// <summary>
/// Results stored before the question model kept their answers in a column each; the AnswersAsJson migration moves
/// them into one JSON document, and RankingColumn copies each ranking out of the advice. Every result must read back
/// with the answers it was given and its ranking, on the pass's provider.
/// </summary>
public sealed class AnswersMigrationTests
{
    private static string Before => TestDatabase.OnPostgres ? "20261126161652_Initial" : "20261126161458_DataProtectionKeys";

    [Fact]
    public async Task Results_stored_with_an_answer_per_column_read_back_with_the_same_answers_and_advice()
    {
        await using var database = new TestDatabase();
        await using (var db = Context(database.ConnectionString))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before, TestContext.Current.CancellationToken);
            await Insert(db, "every-answer", "'high'", "'volatile'", "'strong'", "30", "900000", "12", "'soon'", "'high'", Bool(true), "'Acme ''quoted'' & <co>'", deleted: false);
            await Insert(db, "required-only", "'low'", "'stable'", "'none'", "4", "60000", "NULL", "NULL", "NULL", "NULL", "NULL", deleted: false);
            await Insert(db, "niche-no", "'medium'", "'evolving'", "'partial'", "12", "200000", "3", "'asap'", "'low'", Bool(false), "NULL", deleted: false);
            await Insert(db, "deleted", "'low'", "'stable'", "'none'", "4", "60000", "NULL", "NULL", "NULL", "NULL", "NULL", deleted: true);
        }

        await using var app = AdvisorFactory.On(database);   // migrates to the latest schema as it starts
        using var client = app.CreateClient();

        foreach (var (name, expected) in Cases)
        {
            var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/assessments/" + Token(name), UriKind.Relative));
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(expected), System.Text.Json.Nodes.JsonNode.Parse(body.GetProperty("answers").GetRawText())),
                $"{name}: expected {expected}, read {body.GetProperty("answers").GetRawText()}");
            Assert.Equal(AdviceOf(name).Recommendation.Recommended.Id(), body.GetProperty("recommendation").GetString());
        }
        // The RankingColumn migration copied each ranking out of its advice: what the export and the preview read.
        foreach (var (name, _) in Cases)
        {
            var hash = ShareToken.Hash(Token(name));
            var ranking = await app.WithDbAsync(db => db.Assessments.Where(a => a.TokenHash == hash).Select(a => a.RankingJson).SingleAsync());
            Assert.NotNull(ranking);
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
                System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(AdviceOf(name).Recommendation.Ranking, AdvisorJson.Options)),
                System.Text.Json.Nodes.JsonNode.Parse(ranking)), $"{name}: {ranking}");
        }
        using var gone = await client.GetAsync(new Uri("/api/assessments/" + Token("deleted"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("{}", await app.WithDbAsync(db => db.Assessments.Where(a => a.DeletedAt != null).Select(a => a.AnswersJson).SingleAsync()));
    }

    private static readonly (string Name, string Answers)[] Cases =
    [
        ("every-answer", """{"control":"high","scopeStability":"volatile","inHousePm":"strong","durationMonths":30,"budgetUsd":900000,"teamSize":12,"startUrgency":"soon","dataSensitivity":"high","nicheExpertise":true,"label":"Acme 'quoted' & <co>"}"""),
        ("required-only", """{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}"""),
        ("niche-no", """{"control":"medium","scopeStability":"evolving","inHousePm":"partial","durationMonths":12,"budgetUsd":200000,"teamSize":3,"startUrgency":"asap","dataSensitivity":"low","nicheExpertise":false}"""),
    ];

    private static string Bool(bool value) => TestDatabase.OnPostgres ? (value ? "TRUE" : "FALSE") : (value ? "1" : "0");

    /// <summary>A fixed, well-formed token per case, so the test can open the result it stored.</summary>
    private static string Token(string name) =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));

    private static Advice AdviceOf(string name)
    {
        var (_, json) = Cases.Single(c => c.Name == name);
        return Advisor.Advise(Features.Answers.AnswersJson.Parse(Questionnaire.Default, json), DefaultWeights.Create());
    }

    private static async Task Insert(AdvisorDbContext db, string name, string control, string scope, string pm, string months, string budget,
        string team, string urgency, string sensitivity, string niche, string label, bool deleted)
    {
        if (!await db.WeightSetVersions.AnyAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"WeightSetVersions\" (\"Version\", \"CreatedAt\", \"CreatedBy\", \"Comment\", \"WeightsJson\") VALUES (1, {0}, 'system', 'seed', {1})",
                DateTime.UtcNow, WeightsStore.Serialize(DefaultWeights.Create()));
        }
        var advice = deleted ? "{}" : JsonSerializer.Serialize(AdviceOf(name), AdvisorJson.Options);
        var model = deleted ? "outsourcing" : AdviceOf(name).Recommendation.Recommended.Id();
#pragma warning disable EF1002 // The values are the test's own literals; the point is to write rows as the old schema did.
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT INTO "Assessments" ("TokenHash", "CreatedAt", "WeightsVersion", "Control", "ScopeStability", "InHousePm", "DurationMonths", "BudgetUsd",
                "TeamSize", "StartUrgency", "DataSensitivity", "NicheExpertise", "Label", "RecommendedModel", "DeletedAt", "ResultJson")
            VALUES ({0}, {1}, 1, {{control}}, {{scope}}, {{pm}}, {{months}}, {{budget}}, {{team}}, {{urgency}}, {{sensitivity}}, {{niche}}, {{label}}, {2}, {3}, {4})
            """,
            ShareToken.Hash(Token(name)), DateTime.UtcNow, model, deleted ? DateTime.UtcNow : null!, advice);
#pragma warning restore EF1002
    }

    private static AdvisorDbContext Context(string connectionString) => TestDatabase.OnPostgres
        ? new PostgresAdvisorDbContext(new DbContextOptionsBuilder<PostgresAdvisorDbContext>().UseNpgsql(connectionString).Options)
        : new SqliteAdvisorDbContext(new DbContextOptionsBuilder<SqliteAdvisorDbContext>().UseSqlite(connectionString).Options);
}
