using Microsoft.Extensions.Options;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// Deletes results older than <see cref="RetentionOptions.Days"/>, every <see cref="RetentionOptions.SweepMinutes"/>,
/// the way a creator deletes one: answers, label and advice wiped, the link answering 410; and workshops started
/// before then, as their facilitator deletes one (names and answers gone). Does nothing when retention is off. With
/// several instances each sweeps; the deletions are idempotent.
/// </summary>
public sealed partial class RetentionSweeper(AssessmentStore store, Workshops.WorkshopStore workshops, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionSweeper> logger)
    : BackgroundService
{
    /// <summary>When the last sweep ran and how many results and workshops it deleted, for the admin page.</summary>
    public (DateTimeOffset At, int Deleted, int Workshops)? LastSweep { get; private set; }

    public RetentionOptions Options => options.Value;

    /// <summary>One sweep: deletes what is older than the retention age; returns how many results (0 when retention is off).</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.Days <= 0) return 0;
        var now = clock.GetUtcNow();
        var cutoff = now.UtcDateTime.AddDays(-options.Value.Days);
        var deleted = await store.DeleteOlderThanAsync(cutoff, now.UtcDateTime, cancellationToken);
        var deletedWorkshops = await workshops.DeleteOlderThanAsync(cutoff, now.UtcDateTime, cancellationToken);
        LastSweep = (now, deleted, deletedWorkshops);
        if (deleted + deletedWorkshops > 0) LogSwept(logger, deleted, deletedWorkshops, options.Value.Days);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Days <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.SweepMinutes)), clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database that is away now is there at the next sweep; the app keeps serving meanwhile.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} results and {Workshops} workshops older than {Days} days")]
    private static partial void LogSwept(ILogger logger, int count, int workshops, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention sweep failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
