using BenchmarkDotNet.Running;

namespace Bastion.Benchmarks;

/// <summary>
/// Run all:      dotnet run -c Release --project bench/Bastion.Benchmarks -- --filter '*'
/// Run one area: dotnet run -c Release --project bench/Bastion.Benchmarks -- --filter '*Pricing*'
/// Figures of record are in bench/README.md.
/// </summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
