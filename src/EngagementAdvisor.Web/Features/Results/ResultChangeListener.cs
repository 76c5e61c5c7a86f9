using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace EngagementAdvisor.Web.Features.Results;

/// <summary>
/// On PostgreSQL, listens for <see cref="ResultChanges.Channel"/> and evicts the named page from this instance's
/// output cache, so a deleted result stops being served everywhere within a moment. A lost connection is opened
/// again; while it is down, pages still expire after <c>ResultPageCache:Seconds</c>.
/// </summary>
public sealed partial class ResultChangeListener(IOutputCacheStore renderedPages, IConfiguration configuration, ILogger<ResultChangeListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Data.Setup.DatabaseRegistration.ProviderOf(configuration) != Data.Setup.DatabaseProvider.Postgres) return;
        var retry = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(
                    new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Default")) { KeepAlive = 30 }.ConnectionString);
                connection.Notification += (_, e) => _ = renderedPages.EvictByTagAsync(e.Payload, CancellationToken.None).AsTask();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ResultChanges.Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                retry = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or InvalidOperationException or TimeoutException)
            {
                LogLost(logger, ex, retry.TotalSeconds);
                await Task.Delay(retry, stoppingToken);
                retry = TimeSpan.FromSeconds(Math.Min(30, retry.TotalSeconds * 2));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the database connection that hears about deleted results; trying again in {Seconds} s")]
    private static partial void LogLost(ILogger logger, Exception exception, double seconds);
}
