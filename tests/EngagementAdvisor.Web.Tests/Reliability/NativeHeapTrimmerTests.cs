using System.Runtime.InteropServices;
using EngagementAdvisor.Web.Features;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngagementAdvisor.Web.Tests.Reliability;

/// <summary>Alone: it reads the process's resident memory, which other tests running at the same time would move.</summary>
[CollectionDefinition(nameof(NativeHeapTrimmerTests), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>Free native memory goes back to the system on Linux, and the trimmer can be switched off.</summary>
[Collection(nameof(NativeHeapTrimmerTests))]
public sealed class NativeHeapTrimmerTests
{
    [Fact]
    public void Memory_freed_in_the_middle_of_the_C_heap_leaves_the_process_when_trimmed()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "malloc_trim is glibc's");

        // 64 MB in 64 KB blocks (below glibc's mmap threshold, so they come from the heap), written to so they are
        // resident, then freed under a block still in use: glibc keeps such memory, since it cannot shrink past it.
        const int blocks = 1024, size = 64 * 1024;
        var ones = Enumerable.Repeat((byte)1, size).ToArray();
        var pointers = new IntPtr[blocks];
        for (var i = 0; i < blocks; i++)
        {
            pointers[i] = Marshal.AllocHGlobal(size);   // malloc on Linux
            Marshal.Copy(ones, 0, pointers[i], size);
        }
        var keeper = Marshal.AllocHGlobal(size);
        foreach (var pointer in pointers) Marshal.FreeHGlobal(pointer);

        try
        {
            var before = ResidentAnonymousKilobytes();
            Assert.True(NativeHeapTrimmer.TryTrim());
            var after = ResidentAnonymousKilobytes();
            Assert.True(before - after >= 32 * 1024, $"resident anonymous memory {before} KB before the trim, {after} KB after");
        }
        finally
        {
            Marshal.FreeHGlobal(keeper);
        }
    }

    [Fact]
    public async Task Switched_off_it_stops_at_once_and_switched_on_it_runs_until_the_host_stops()
    {
        using var off = new NativeHeapTrimmer(Options.Create(new NativeHeapOptions { TrimSeconds = 0 }), NullLogger<NativeHeapTrimmer>.Instance);
        await off.StartAsync(TestContext.Current.CancellationToken);
        // ExecuteAsync runs on a thread of its own (.NET 10), so "at once" is: finished without the host stopping it.
        await off.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(off.ExecuteTask.IsCompletedSuccessfully);

        Assert.SkipUnless(OperatingSystem.IsLinux(), "elsewhere there is nothing to trim and the trimmer stops at once");
        using var on = new NativeHeapTrimmer(Options.Create(new NativeHeapOptions { TrimSeconds = 1 }), NullLogger<NativeHeapTrimmer>.Instance);
        await on.StartAsync(TestContext.Current.CancellationToken);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.False(on.ExecuteTask!.IsCompleted);
        await on.StopAsync(TestContext.Current.CancellationToken);
        Assert.True(on.ExecuteTask.IsCompleted);
        Assert.False(on.ExecuteTask.IsFaulted);
    }

    private static long ResidentAnonymousKilobytes() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
}
