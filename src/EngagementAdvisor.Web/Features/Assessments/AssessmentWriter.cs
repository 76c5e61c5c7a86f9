using System.Threading.Channels;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Sqlite;
using EngagementAdvisor.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// Group commit: every new assessment goes through one writer, which stores whatever has queued up in a single
/// transaction and answers each request only after that transaction has committed. SQLite allows one writer at a
/// time; many requests each opening their own write transaction mostly wait on one another (Microsoft.Data.Sqlite
/// sleeps 150 ms per busy retry), while one writer committing batches pays for one durable commit per batch.
/// </summary>
public sealed partial class AssessmentWriter(IDbContextFactory<AdvisorDbContext> contexts, ILogger<AssessmentWriter> logger)
    : BackgroundService
{
    /// <summary>Enough to absorb a burst in one commit, small enough that a batch commits in milliseconds.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(4 * MaxBatch) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private sealed record PendingWrite(Assessment Row, TaskCompletionSource Committed);

    /// <summary>Completes when <paramref name="row"/> is committed; throws if it could not be stored.</summary>
    public async Task StoreAsync(Assessment row, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(row, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        // Not cancellable once queued: the row may commit, and the caller must not be told it did not.
        await pending.Committed.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingWrite>(MaxBatch);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && reader.TryRead(out var pending)) batch.Add(pending);
                await CommitAsync(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued was never acknowledged; fail it so no request hangs.
            _queue.Writer.TryComplete();
            while (reader.TryRead(out var pending)) pending.Committed.TrySetCanceled(stoppingToken);
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        try
        {
            // On PostgreSQL SqliteRetry never matches; Npgsql's execution strategy retries transient failures inside SaveChanges.
            await SqliteRetry.RunAsync(() => SaveAsync(batch), logger, CancellationToken.None);
            foreach (var pending in batch) pending.Committed.TrySetResult();
        }
#pragma warning disable CA1031 // Whatever failed, each waiting request must hear about it rather than hang.
        catch (Exception ex) when (batch.Count > 1)
        {
            // One bad row must not fail its neighbours: store them one by one to find it.
            LogBatchFailed(ex, batch.Count);
            foreach (var pending in batch)
            {
                try
                {
                    await SqliteRetry.RunAsync(() => SaveAsync([pending]), logger, CancellationToken.None);
                    pending.Committed.TrySetResult();
                }
                catch (Exception single)
                {
                    pending.Committed.TrySetException(single);
                }
            }
        }
        catch (Exception ex)
        {
            batch[0].Committed.TrySetException(ex);
        }
#pragma warning restore CA1031
    }

    private async Task SaveAsync(List<PendingWrite> batch)
    {
        // A fresh context per attempt: after a failed SaveChanges the old one's state cannot be trusted.
        await using var db = await contexts.CreateDbContextAsync();
        foreach (var pending in batch) db.Assessments.Add(pending.Row);
        await db.SaveChangesAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} assessments failed; storing them one by one")]
    private partial void LogBatchFailed(Exception exception, int count);
}
