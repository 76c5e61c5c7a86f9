using System.Globalization;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// Fills the database with realistic results for benchmarks (issue 21): answers drawn across the whole question
/// table (optional ones sometimes left out, numbers across their range, on a ratio scale where the question reads
/// one), scored with the latest weights on every core, and stored in large batches straight through EF Core, not
/// one request at a time: through EF Core on SQLite, through PostgreSQL's binary COPY there (EF Core's batched inserts
/// ran at about 400 results a second). Each batch is written while the next is computed. Each result is exactly what
/// the API would have stored, with its own share token.
/// </summary>
public sealed class ResultSeeder(IDbContextFactory<AdvisorDbContext> contexts, Questionnaire questionnaire, WeightsStore weights, TimeProvider clock)
{
    private const int BatchSize = 2_000;

    /// <summary>Stores <paramref name="count"/> results; returns their share tokens through <paramref name="token"/> as it goes.</summary>
    public async Task<int> SeedAsync(int count, Action<string>? token = null, IProgress<int>? progress = null, int seed = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var latest = await weights.GetLatestAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = 0;
        var writing = Task.CompletedTask;
        while (stored < count)
        {
            var size = Math.Min(BatchSize, count - stored);
            var rows = new Assessment[size];
            var tokens = new string[size];
            var first = stored;
            // The advice is most of the work: computed on every core, each row from its own seeded generator.
            Parallel.For(0, size, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var random = new Random(HashCode.Combine(seed, first + i));
                var answers = Draw(random, first + i);
                var advice = Advisor.Advise(answers, latest.Weights);
                tokens[i] = ShareToken.New();
                rows[i] = AssessmentStore.NewRow(tokens[i], ShareToken.New(), now.AddSeconds(-random.Next(0, 365 * 24 * 3600)), latest, answers, advice);
            });
            await writing;
            stored += size;
            var done = stored;
            writing = Task.Run(async () =>
            {
                await WriteAsync(rows, cancellationToken);
                if (token is not null) foreach (var t in tokens) token(t);
                progress?.Report(done);
            }, cancellationToken);
        }
        await writing;
        return stored;
    }

    private async Task WriteAsync(Assessment[] rows, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var copy = await connection.BeginBinaryImportAsync(
                """
                COPY "Assessments" ("TokenHash", "ManageTokenHash", "CreatedAt", "WeightsVersion", "AnswersJson", "RecommendedModel", "ResultJson", "RankingJson", "AdviceForm")
                FROM STDIN (FORMAT BINARY)
                """, cancellationToken);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(row.TokenHash, NpgsqlDbType.Bytea, cancellationToken);
                await copy.WriteAsync(row.ManageTokenHash!, NpgsqlDbType.Bytea, cancellationToken);
                await copy.WriteAsync(row.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(row.WeightsVersion, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(row.AnswersJson, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.RecommendedModel, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(row.ResultJson, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.RankingJson!, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync((int)row.AdviceForm, NpgsqlDbType.Integer, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
            return;
        }
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Assessments.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One person's answers: every required question, the optional ones about two times in three.</summary>
    private Core.Questions.Answers Draw(Random random, int index)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var question in questionnaire.All)
        {
            if (!question.Required && random.NextDouble() < 0.35) continue;
            values[question.Id] = question.Kind switch
            {
                QuestionKind.Choice or QuestionKind.YesNo => question.Options[random.Next(question.Options.Count)].Id,
                QuestionKind.WholeNumber => Number(random, question).ToString(CultureInfo.InvariantCulture),
                _ => question.MaxLength >= 20 && question.Lines == 1 ? $"Seeded {index}" : null,
            };
        }
        return Core.Questions.Answers.Of(questionnaire, values);
    }

    // Budgets and durations spread over orders of magnitude: drawn on a log scale, as people's answers are.
    private static long Number(Random random, Question question)
    {
        var low = Math.Max(1, question.Min);
        var value = (long)Math.Round(Math.Exp(Math.Log(low) + random.NextDouble() * (Math.Log(question.Max) - Math.Log(low))));
        return Math.Clamp(value, question.Min, question.Max);
    }
}
