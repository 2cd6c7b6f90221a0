using BenchmarkDotNet.Attributes;
using Bastion.Pricing;
using Bastion.Pricing.American;
using Bastion.Pricing.European;
using Bastion.Pricing.Volatility;

namespace Bastion.Benchmarks.Pricing;

/// <summary>
/// European price+Greeks (batch SIMD and scalar), implied vol, and an 801-step American CRR tree. Workload shapes match
/// tools/fixtures/pricing/bench_quantlib.cpp (10,000 options, strikes 60..140, vols 10%..58%, expiries 1..730 days).
/// BenchmarkDotNet already divides by OperationsPerInvoke, so means are per option. Run in-process with a short job
/// (the machine is shared):
///   dotnet run -c Release --project bench/Bastion.Benchmarks -- --filter '*PricingBenchmarks*' --inProcess --warmupCount 2 --iterationCount 10
/// </summary>
[MemoryDiagnoser]
public class PricingBenchmarks
{
    private const int N = 10_000;
    private readonly OptionType[] _types = new OptionType[N];
    private readonly double[] _spot = new double[N];
    private readonly double[] _strike = new double[N];
    private readonly double[] _rate = new double[N];
    private readonly double[] _dividend = new double[N];
    private readonly double[] _vol = new double[N];
    private readonly double[] _expiry = new double[N];
    private readonly double[] _price = new double[N];
    private readonly double[][] _out = Enumerable.Range(0, 7).Select(_ => new double[N]).ToArray();
    private readonly BinomialTree _crr = new(BinomialTreeKind.CoxRossRubinstein, 801);

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < N; i++)
        {
            _types[i] = i % 2 == 1 ? OptionType.Call : OptionType.Put;
            _spot[i] = 100;
            _strike[i] = 60 + (i % 81);
            _rate[i] = 0.03;
            _dividend[i] = 0.01;
            _vol[i] = 0.1 + (0.005 * (i % 97));
            _expiry[i] = (1 + (i % 730)) / 365.0;
            _price[i] = BlackScholesMerton.Price(_types[i], 100, _strike[i], 0.03, 0.01, _vol[i], _expiry[i]);
        }
    }

    /// <summary>Batch SIMD: price + delta, gamma, vega, theta, rho, dividend rho per option.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public void EuropeanBatchPriceAndGreeks()
        => EuropeanBatch.Evaluate(_types, _spot, _strike, _rate, _dividend, _vol, _expiry,
            new EuropeanBatchOutput(_out[0], _out[1], _out[2], _out[3], _out[4], _out[5], _out[6]));

    /// <summary>Scalar analytic (erfc-accurate Φ): price + all Greeks incl. vanna/volga.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double EuropeanScalarGreeks()
    {
        double sum = 0;
        for (int i = 0; i < N; i++)
        {
            sum += BlackScholesMerton.Greeks(_types[i], 100, _strike[i], 0.03, 0.01, _vol[i], _expiry[i]).Delta;
        }

        return sum;
    }

    /// <summary>Implied volatility of the 10,000 prices.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double ImpliedVol()
    {
        double sum = 0;
        for (int i = 0; i < N; i++)
        {
            sum += ImpliedVolatility.BlackScholesMerton(_types[i], _price[i], 100, _strike[i], 0.03, 0.01, _expiry[i]).Volatility;
        }

        return sum;
    }

    /// <summary>American put, 801-step CRR: value, tree delta/gamma, theta (no bumps).</summary>
    [Benchmark]
    public TreeValuation AmericanCrr801()
        => _crr.Value(OptionType.Put, ExerciseStyle.American, 100, 110, 0.05, 0.01, 0.25, 182 / 365.0);
}
