using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Bastion.Numerics.LinearAlgebra;
using Bastion.Numerics.Random;

namespace Bastion.Risk.Simulation;

/// <summary>
/// The inner loop of <see cref="CorrelatedPathSimulator"/>. Paths are simulated in fixed blocks of <see cref="BlockWidth"/>
/// paths, structure-of-arrays (one row of <see cref="BlockWidth"/> lanes per asset), so the correlating product η = L z is a
/// sequence of SIMD multiply-adds across paths. Block b draws from the b-th <see cref="RandomStream.Split"/> of the seed's
/// stream (xoshiro256** jumps, 2^128 draws apart), created in order before any work starts: the result depends on the seed and
/// the block layout only, never on how many threads run the blocks or in what order. The day loop allocates nothing.
/// </summary>
internal sealed class CorrelatedPathEngine
{
    /// <summary>Paths per block (a multiple of 4 SIMD vectors for any vector width up to 512 bits).</summary>
    internal const int BlockWidth = 64;

    private readonly int _n;
    private readonly double[] _mean;
    private readonly double[] _lower;
    private readonly double[] _weights;
    private readonly GarchAssetParameters[]? _garch;
    private readonly double _nu;
    private readonly double _multiplier;

    /// <param name="mean">μ per asset.</param>
    /// <param name="lower">Row-major lower Cholesky factor: of Σ (i.i.d. models) or of R (GARCH).</param>
    /// <param name="weights">Portfolio weights (daily rebalanced).</param>
    /// <param name="garch">Per-asset recursions, or null for i.i.d. returns μ + L z.</param>
    /// <param name="degreesOfFreedom">+∞ for normal innovations; ν &gt; 2 for multivariate t scaled to unit variance (one χ²_ν per path and day).</param>
    /// <param name="volatilityMultiplier">m: returns are μ + m·(the simulated deviation).</param>
    public CorrelatedPathEngine(double[] mean, double[] lower, double[] weights, GarchAssetParameters[]? garch, double degreesOfFreedom, double volatilityMultiplier)
    {
        _n = weights.Length;
        _mean = mean;
        _lower = lower;
        _weights = weights;
        _garch = garch;
        _nu = degreesOfFreedom;
        _multiplier = volatilityMultiplier;
    }

    /// <summary>Row-major lower Cholesky factor of a symmetric positive definite matrix; ArgumentException naming <paramref name="name"/> otherwise.</summary>
    public static double[] LowerFactor(double[,] matrix, string name)
    {
        int n = matrix.GetLength(0);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (!double.IsFinite(matrix[i, j]) || Math.Abs(matrix[i, j] - matrix[j, i]) > 1e-10 * Math.Max(1.0, Math.Abs(matrix[i, j])))
                {
                    throw new ArgumentException($"{name} is not symmetric at ({i}, {j})", name);
                }
            }
        }

        double[,] l;
        try
        {
            l = Cholesky.Factor(matrix).LowerFactor;
        }
        catch (MatrixNotPositiveDefiniteException ex)
        {
            throw new ArgumentException($"{name} is not positive definite (pivot {ex.PivotIndex} is {ex.PivotValue:G4})", name, ex);
        }

        var flat = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                flat[(i * n) + j] = l[i, j];
            }
        }

        return flat;
    }

    /// <summary>
    /// Simulates <paramref name="paths"/> paths of <paramref name="horizon"/> days. Fills <paramref name="finals"/> and
    /// <paramref name="drawdowns"/> (one per path) and, when given, <paramref name="returns"/> (paths × horizon, path-major);
    /// returns the number of paths whose value touched <paramref name="floor"/>.
    /// </summary>
    public int Run(int paths, int horizon, ulong seed, double floor, int maxDegreeOfParallelism, double[] finals, double[] drawdowns, double[]? returns)
    {
        int blocks = (paths + BlockWidth - 1) / BlockWidth;
        var master = new RandomStream(seed);
        var streams = new RandomStream[blocks];
        for (int b = 0; b < blocks; b++)
        {
            streams[b] = master.Split();
        }

        // One workspace per worker; workers pull block indices from a shared counter, so which thread runs a block never
        // matters (each block has its own stream and output slice).
        var breached = new int[blocks];
        int workers = Math.Min(blocks, maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount);
        int next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var ws = new Workspace(_n);
            for (int b = Interlocked.Increment(ref next); b < blocks; b = Interlocked.Increment(ref next))
            {
                breached[b] = SimulateBlock(streams[b], ws, b * BlockWidth, Math.Min(BlockWidth, paths - (b * BlockWidth)), horizon, floor, finals, drawdowns, returns);
            }
        });
        return breached.Sum();
    }

    private int SimulateBlock(RandomStream rng, Workspace ws, int first, int count, int horizon, double floor, double[] finals, double[] drawdowns, double[]? returns)
    {
        const int W = BlockWidth;
        int n = _n;
        Span<double> value = ws.Value, peak = ws.Peak, maxDrawdown = ws.MaxDrawdown, portfolio = ws.Portfolio, scale = ws.Scale;
        value.Fill(1.0);
        peak.Fill(1.0);
        maxDrawdown.Clear();
        scale.Fill(_multiplier);
        ulong breachedMask = 0;
        if (_garch is not null)
        {
            for (int i = 0; i < n; i++)
            {
                ws.Variance.AsSpan(i * W, W).Fill(_garch[i].StartVariance);
            }
        }

        bool studentT = double.IsFinite(_nu);
        double tFactor = studentT ? Math.Sqrt(_nu - 2.0) : 1.0;
        for (int day = 0; day < horizon; day++)
        {
            rng.FillGaussian(ws.Normals);
            if (studentT)
            {
                // Multivariate t with unit variances: η = L z · √((ν − 2)/W), one W ~ χ²_ν per path and day.
                for (int p = 0; p < W; p++)
                {
                    scale[p] = _multiplier * tFactor / Math.Sqrt(rng.NextChiSquared(_nu));
                }
            }

            Correlate(ws.Normals, ws.Correlated, n);
            portfolio.Clear();
            if (_garch is null)
            {
                AccumulateIid(ws);
            }
            else
            {
                AccumulateGarch(ws);
            }

            for (int p = 0; p < W; p++)
            {
                double v = value[p] * (1.0 + portfolio[p]);
                value[p] = v;
                peak[p] = Math.Max(peak[p], v);
                maxDrawdown[p] = Math.Max(maxDrawdown[p], 1.0 - (v / peak[p]));
                breachedMask |= v <= floor ? 1UL << p : 0UL;
            }

            if (returns is not null)
            {
                for (int p = 0; p < count; p++)
                {
                    returns[((first + p) * horizon) + day] = portfolio[p];
                }
            }
        }

        value[..count].CopyTo(finals.AsSpan(first, count));
        maxDrawdown[..count].CopyTo(drawdowns.AsSpan(first, count));
        ulong valid = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        return BitOperations.PopCount(breachedMask & valid);
    }

    /// <summary>
    /// η[i, ·] = Σ_{j ≤ i} L[i, j] z[j, ·] across the block's lanes: all 64 lanes in eight 512-bit accumulators where the
    /// hardware has them, else four <see cref="Vector{T}"/> accumulators at a time. Each lane is the same fused multiply-add
    /// chain over j in either path, so the result does not depend on the vector width.
    /// </summary>
    private void Correlate(double[] normals, double[] correlated, int n)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Correlate512(normals, correlated, n);
            return;
        }

        const int W = BlockWidth;
        int vc = Vector<double>.Count;
        ref double z = ref MemoryMarshal.GetArrayDataReference(normals);
        ref double eta = ref MemoryMarshal.GetArrayDataReference(correlated);
        ref double l = ref MemoryMarshal.GetArrayDataReference(_lower);
        for (int i = 0; i < n; i++)
        {
            for (int p0 = 0; p0 < W; p0 += 4 * vc)
            {
                Vector<double> a0 = Vector<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
                for (int j = 0; j <= i; j++)
                {
                    var lij = new Vector<double>(Unsafe.Add(ref l, (i * n) + j));
                    nuint at = (nuint)((j * W) + p0);
                    a0 = Vector.FusedMultiplyAdd(lij, Vector.LoadUnsafe(ref z, at), a0);
                    a1 = Vector.FusedMultiplyAdd(lij, Vector.LoadUnsafe(ref z, at + (nuint)vc), a1);
                    a2 = Vector.FusedMultiplyAdd(lij, Vector.LoadUnsafe(ref z, at + (nuint)(2 * vc)), a2);
                    a3 = Vector.FusedMultiplyAdd(lij, Vector.LoadUnsafe(ref z, at + (nuint)(3 * vc)), a3);
                }

                nuint to = (nuint)((i * W) + p0);
                a0.StoreUnsafe(ref eta, to);
                a1.StoreUnsafe(ref eta, to + (nuint)vc);
                a2.StoreUnsafe(ref eta, to + (nuint)(2 * vc));
                a3.StoreUnsafe(ref eta, to + (nuint)(3 * vc));
            }
        }
    }

    private void Correlate512(double[] normals, double[] correlated, int n)
    {
        const int W = BlockWidth;
        ref double z = ref MemoryMarshal.GetArrayDataReference(normals);
        ref double eta = ref MemoryMarshal.GetArrayDataReference(correlated);
        ref double l = ref MemoryMarshal.GetArrayDataReference(_lower);
        for (int i = 0; i < n; i++)
        {
            Vector512<double> a0 = Vector512<double>.Zero, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
            for (int j = 0; j <= i; j++)
            {
                Vector512<double> lij = Vector512.Create(Unsafe.Add(ref l, (i * n) + j));
                nuint at = (nuint)(j * W);
                a0 = Vector512.FusedMultiplyAdd(lij, Vector512.LoadUnsafe(ref z, at), a0);
                a1 = Vector512.FusedMultiplyAdd(lij, Vector512.LoadUnsafe(ref z, at + 8), a1);
                a2 = Vector512.FusedMultiplyAdd(lij, Vector512.LoadUnsafe(ref z, at + 16), a2);
                a3 = Vector512.FusedMultiplyAdd(lij, Vector512.LoadUnsafe(ref z, at + 24), a3);
                a4 = Vector512.FusedMultiplyAdd(lij, Vector512.LoadUnsafe(ref z, at + 32), a4);
                a5 = Vector512.FusedMultiplyAdd(lij, Vector512.LoadUnsafe(ref z, at + 40), a5);
                a6 = Vector512.FusedMultiplyAdd(lij, Vector512.LoadUnsafe(ref z, at + 48), a6);
                a7 = Vector512.FusedMultiplyAdd(lij, Vector512.LoadUnsafe(ref z, at + 56), a7);
            }

            nuint to = (nuint)(i * W);
            a0.StoreUnsafe(ref eta, to);
            a1.StoreUnsafe(ref eta, to + 8);
            a2.StoreUnsafe(ref eta, to + 16);
            a3.StoreUnsafe(ref eta, to + 24);
            a4.StoreUnsafe(ref eta, to + 32);
            a5.StoreUnsafe(ref eta, to + 40);
            a6.StoreUnsafe(ref eta, to + 48);
            a7.StoreUnsafe(ref eta, to + 56);
        }
    }

    /// <summary>rₚ += wᵢ(μᵢ + sₚ ηᵢ) for i.i.d. returns (L is the covariance factor; sₚ carries m and the t mixing).</summary>
    private void AccumulateIid(Workspace ws)
    {
        const int W = BlockWidth;
        int vc = Vector<double>.Count;
        ref double eta = ref MemoryMarshal.GetArrayDataReference(ws.Correlated);
        ref double s = ref MemoryMarshal.GetArrayDataReference(ws.Scale);
        ref double rp = ref MemoryMarshal.GetArrayDataReference(ws.Portfolio);
        for (int i = 0; i < _n; i++)
        {
            var mu = new Vector<double>(_mean[i]);
            var w = new Vector<double>(_weights[i]);
            for (int p = 0; p < W; p += vc)
            {
                Vector<double> r = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref s, (nuint)p), Vector.LoadUnsafe(ref eta, (nuint)((i * W) + p)), mu);
                Vector.FusedMultiplyAdd(w, r, Vector.LoadUnsafe(ref rp, (nuint)p)).StoreUnsafe(ref rp, (nuint)p);
            }
        }
    }

    /// <summary>
    /// GARCH step per asset and lane: ε = σ sₚ η, r = μ + ε (sₚ carries m for the output only: the recursion sees ε/m),
    /// σ²ₜ₊₁ = ω + (α + γ·1[ε &lt; 0]) ε² + β σ²ₜ.
    /// </summary>
    private void AccumulateGarch(Workspace ws)
    {
        const int W = BlockWidth;
        int vc = Vector<double>.Count;
        ref double eta = ref MemoryMarshal.GetArrayDataReference(ws.Correlated);
        ref double s = ref MemoryMarshal.GetArrayDataReference(ws.Scale);
        ref double rp = ref MemoryMarshal.GetArrayDataReference(ws.Portfolio);
        ref double h = ref MemoryMarshal.GetArrayDataReference(ws.Variance);
        var inverseMultiplier = new Vector<double>(1.0 / _multiplier);
        for (int i = 0; i < _n; i++)
        {
            GarchAssetParameters g = _garch![i];
            var mu = new Vector<double>(g.Mean);
            var w = new Vector<double>(_weights[i]);
            var omega = new Vector<double>(g.Omega);
            var alpha = new Vector<double>(g.Alpha);
            var gamma = new Vector<double>(g.Gamma);
            var beta = new Vector<double>(g.Beta);
            for (int p = 0; p < W; p += vc)
            {
                nuint at = (nuint)((i * W) + p);
                Vector<double> variance = Vector.LoadUnsafe(ref h, at);
                Vector<double> shock = Vector.SquareRoot(variance) * Vector.LoadUnsafe(ref eta, at) * Vector.LoadUnsafe(ref s, (nuint)p);
                Vector.FusedMultiplyAdd(w, mu + shock, Vector.LoadUnsafe(ref rp, (nuint)p)).StoreUnsafe(ref rp, (nuint)p);
                Vector<double> e = shock * inverseMultiplier;
                Vector<double> arch = alpha + Vector.ConditionalSelect(Vector.LessThan(e, Vector<double>.Zero), gamma, Vector<double>.Zero);
                Vector.FusedMultiplyAdd(arch, e * e, Vector.FusedMultiplyAdd(beta, variance, omega)).StoreUnsafe(ref h, at);
            }
        }
    }

    /// <summary>Per-worker scratch, reused across the worker's blocks.</summary>
    private sealed class Workspace(int n)
    {
        public double[] Normals { get; } = new double[n * BlockWidth];

        public double[] Correlated { get; } = new double[n * BlockWidth];

        public double[] Variance { get; } = new double[n * BlockWidth];

        public double[] Portfolio { get; } = new double[BlockWidth];

        public double[] Scale { get; } = new double[BlockWidth];

        public double[] Value { get; } = new double[BlockWidth];

        public double[] Peak { get; } = new double[BlockWidth];

        public double[] MaxDrawdown { get; } = new double[BlockWidth];
    }
}
