using Npgsql;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// On PostgreSQL, one connection that LISTENs on every <see cref="IChangeHandler.Channel"/> and hands each message to
/// its handler: another instance deleted a result (evict its page here) or changed a workshop (tell the pages open
/// on it here). A lost connection is opened again; while it is down, cached pages still expire and workshop pages
/// still change on reload.
/// </summary>
public sealed partial class ChangeListener(IEnumerable<IChangeHandler> handlers, IConfiguration configuration, ILogger<ChangeListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Data.Setup.DatabaseRegistration.ProviderOf(configuration) != Data.Setup.DatabaseProvider.Postgres) return;
        var byChannel = handlers.ToDictionary(h => h.Channel, StringComparer.Ordinal);
        var retry = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(
                    new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Default")) { KeepAlive = 30 }.ConnectionString);
                connection.Notification += (_, e) =>
                {
                    if (byChannel.TryGetValue(e.Channel, out var handler)) handler.Heard(e.Payload);
                };
                await connection.OpenAsync(stoppingToken);
                foreach (var channel in byChannel.Keys)
                {
                    await using var listen = new NpgsqlCommand($"LISTEN {channel}", connection);
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
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

    /// <summary>Tells every instance on <paramref name="channel"/>; does nothing on SQLite, which has one instance.</summary>
    public static async Task NotifyAsync(IConfiguration configuration, string channel, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (Data.Setup.DatabaseRegistration.ProviderOf(configuration) != Data.Setup.DatabaseProvider.Postgres) return;
        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Default"));
        await connection.OpenAsync(cancellationToken);
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        notify.Parameters.AddWithValue("channel", channel);
        notify.Parameters.AddWithValue("payload", payload);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the database connection that hears about changes on other instances; trying again in {Seconds} s")]
    private static partial void LogLost(ILogger logger, Exception exception, double seconds);
}
