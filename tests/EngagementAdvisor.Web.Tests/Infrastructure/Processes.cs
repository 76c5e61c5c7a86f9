using System.Diagnostics;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>Programs the tests run as a deployment would: the app's own commands (migrate, backup, seed) and tools.</summary>
public static class Processes
{
    public static string AppDll => Path.Combine(AppContext.BaseDirectory, "EngagementAdvisor.Web.dll");

    /// <summary>A start with output and errors captured and the given environment added to the test's own.</summary>
    public static ProcessStartInfo StartInfo(string tool, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return start;
    }

    /// <summary>Runs to the end (killed after <paramref name="timeout"/>, 90 s by default) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string tool, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var process = Process.Start(StartInfo(tool, args, environment)) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', args)} did not exit in time (did it start serving?)");
        }
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>One of the app's commands; were it to serve by mistake it takes no port another process uses.</summary>
    public static Task<(int ExitCode, string Output)> RunAppAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment) =>
        RunAsync("dotnet", [AppDll, .. args], new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" });
}
