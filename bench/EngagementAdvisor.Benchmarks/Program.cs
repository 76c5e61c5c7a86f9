using BenchmarkDotNet.Running;

namespace EngagementAdvisor.Benchmarks;

public static class Program
{
    // All BenchmarkDotNet switches pass through, e.g. --filter '*', --job short, --job dry.
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
