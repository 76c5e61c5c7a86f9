using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace EngagementAdvisor.Web.Features;

/// <summary>Settings of <see cref="NativeHeapTrimmer"/>, in configuration section NativeHeap.</summary>
public sealed class NativeHeapOptions
{
    public const string Section = "NativeHeap";

    /// <summary>How often free native memory is handed back to the system; 0 turns it off.</summary>
    public int TrimSeconds { get; set; } = 10;
}

/// <summary>
/// Hands the C library's free memory back to the system every few seconds, on Linux with glibc.
/// </summary>
/// <remarks>
/// Much of a request's work happens in native code that allocates with <c>malloc</c>: SQLite's page caches, the
/// compressors, the JIT. glibc gives each busy thread its own arena and keeps what is freed in it for reuse, so after
/// a burst the process stays as large as the arenas' peaks added together. After 20 s of rendering uncached
/// result pages, 16 arenas held 80–105 MB while less than 50 MB had ever been allocated at once (measured with
/// heaptrack; docs/performance.md). <c>malloc_trim(0)</c> releases the free pages inside every arena, which is
/// what the .NET GC already does for its own heap. A trim takes milliseconds and only touches memory nobody holds.
/// Elsewhere (musl, macOS, Windows) there is no such function, and the trimmer does nothing.
/// </remarks>
public sealed partial class NativeHeapTrimmer(IOptions<NativeHeapOptions> options, ILogger<NativeHeapTrimmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.TrimSeconds;
        if (seconds <= 0 || !TryTrim()) return;
        LogTrimming(logger, seconds);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false)) TryTrim();
    }

    /// <summary>Trims now; false where the C library has no <c>malloc_trim</c>.</summary>
    public static bool TryTrim()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            _ = MallocTrim(0);
            return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, so nothing is generated, and the project
    // does not need unsafe code for it.
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Returning free native memory to the system every {Seconds} s")]
    private static partial void LogTrimming(ILogger logger, int seconds);
}
