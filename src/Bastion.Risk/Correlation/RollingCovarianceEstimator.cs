using System.Numerics;

namespace Bastion.Risk.Correlation;

/// <summary>
/// Covariance and correlation of n assets over the last W observations, updated in O(n²) per observation without
/// allocation; matches pandas <c>DataFrame.rolling(W).cov()/.corr()</c> (divisor W − 1, NaN until W observations).
/// <para>
/// The window keeps its mean m and co-moment matrix C = Σ (x − m)(x − m)ᵀ. Filling, a new x is added by Welford's update
/// C += (x − m)(x − m′)ᵀ; once full, x replaces the oldest y by C += (x − m)(x − m′)ᵀ − (y − m)(y − m′)ᵀ with
/// m′ = m + (x − y)/W. Removals accumulate rounding error, so a second, add-only accumulator is built alongside from the
/// observations entering the window; after W updates it holds exactly the current window and replaces the first
/// (re-anchoring every W updates at no extra peak cost). Only the lower triangle is stored.
/// </para>
/// A mutable state machine with one owner: not thread-safe.
/// </summary>
public sealed class RollingCovarianceEstimator : IStreamingCovariance
{
    private readonly double[] _ring; // W rows of n: the observations in the window, oldest at _head once full
    private readonly double[] _u;
    private readonly double[] _a;
    private readonly double[] _v;
    private readonly double[] _b;
    private double[] _mean;
    private double[] _comoment; // packed lower triangle, row i at i(i+1)/2
    private double[] _shadowMean;
    private double[] _shadowComoment;
    private int _shadowCount;
    private int _head;
    private int _filled;

    /// <summary>Creates an empty estimator.</summary>
    /// <param name="assets">Number of assets n ≥ 1.</param>
    /// <param name="window">Window length W ≥ 2 (observations).</param>
    public RollingCovarianceEstimator(int assets, int window)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(assets);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        Assets = assets;
        Window = window;
        long packed = (long)assets * (assets + 1) / 2;
        _ring = new double[checked(assets * window)];
        _mean = new double[assets];
        _shadowMean = new double[assets];
        _comoment = new double[packed];
        _shadowComoment = new double[packed];
        _u = new double[assets];
        _a = new double[assets];
        _v = new double[assets];
        _b = new double[assets];
    }

    /// <inheritdoc />
    public int Assets { get; }

    /// <summary>The window length W in observations.</summary>
    public int Window { get; }

    /// <inheritdoc />
    public long Count { get; private set; }

    /// <summary>Whether the window is full (W observations seen).</summary>
    public bool IsReady => _filled == Window;

    /// <inheritdoc />
    public void Update(ReadOnlySpan<double> observation)
    {
        StreamingGuard.Observation(observation, Assets, nameof(observation));
        int n = Assets;
        Span<double> slot = _ring.AsSpan(_head * n, n);
        if (_filled < Window)
        {
            Add(observation, _mean, _comoment, _filled + 1);
            _filled++;
        }
        else
        {
            Replace(observation, slot);
            Add(observation, _shadowMean, _shadowComoment, ++_shadowCount);
            if (_shadowCount == Window)
            {
                (_mean, _shadowMean) = (_shadowMean, _mean);
                (_comoment, _shadowComoment) = (_shadowComoment, _comoment);
                _shadowCount = 0;
            }
        }

        observation.CopyTo(slot);
        _head = _head + 1 == Window ? 0 : _head + 1;
        Count++;
    }

    /// <summary>Copies the window's sample covariance (divisor W − 1); NaN until the window is full.</summary>
    public void CopyCovariance(double[,] destination)
    {
        StreamingGuard.Destination(destination, Assets, nameof(destination));
        double scale = IsReady ? 1.0 / (Window - 1) : double.NaN;
        int k = 0;
        for (int i = 0; i < Assets; i++)
        {
            for (int j = 0; j <= i; j++, k++)
            {
                double c = scale * _comoment[k];
                destination[i, j] = c;
                destination[j, i] = c;
            }
        }
    }

    /// <summary>Copies the window's correlation; NaN until the window is full.</summary>
    public void CopyCorrelation(double[,] destination)
    {
        CopyCovariance(destination);
        CorrelationMatrices.Standardize(destination, _u);
    }

    /// <summary>Welford: the k-th observation x into (m, C): m′ = m + (x − m)/k, C += (x − m)(x − m′)ᵀ.</summary>
    private void Add(ReadOnlySpan<double> x, double[] mean, double[] comoment, int k)
    {
        int n = Assets;
        if (k == 1)
        {
            x.CopyTo(mean);
            Array.Clear(comoment);
            return;
        }

        for (int i = 0; i < n; i++)
        {
            double u = x[i] - mean[i];
            mean[i] += u / k;
            _u[i] = u;
            _a[i] = x[i] - mean[i];
        }

        int row = 0;
        for (int i = 0; i < n; i++)
        {
            RankOne(comoment.AsSpan(row, i + 1), _u[i], _a.AsSpan(0, i + 1));
            row += i + 1;
        }
    }

    /// <summary>x replaces the oldest y: m′ = m + (x − y)/W, C += (x − m)(x − m′)ᵀ − (y − m)(y − m′)ᵀ (symmetric in exact arithmetic).</summary>
    private void Replace(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = Assets;
        double inverse = 1.0 / Window;
        for (int i = 0; i < n; i++)
        {
            double m = _mean[i];
            double next = m + ((x[i] - y[i]) * inverse);
            _mean[i] = next;
            _u[i] = x[i] - m;
            _v[i] = y[i] - m;
            _a[i] = x[i] - next;
            _b[i] = y[i] - next;
        }

        int row = 0;
        for (int i = 0; i < n; i++)
        {
            RankTwo(_comoment.AsSpan(row, i + 1), _u[i], _a.AsSpan(0, i + 1), _v[i], _b.AsSpan(0, i + 1));
            row += i + 1;
        }
    }

    private static void RankOne(Span<double> row, double ui, ReadOnlySpan<double> a)
    {
        int j = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<double>.Count)
        {
            var vu = new Vector<double>(ui);
            for (; j <= row.Length - Vector<double>.Count; j += Vector<double>.Count)
            {
                (new Vector<double>(row[j..]) + (vu * new Vector<double>(a[j..]))).CopyTo(row[j..]);
            }
        }

        for (; j < row.Length; j++)
        {
            row[j] += ui * a[j];
        }
    }

    private static void RankTwo(Span<double> row, double ui, ReadOnlySpan<double> a, double vi, ReadOnlySpan<double> b)
    {
        int j = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<double>.Count)
        {
            var vu = new Vector<double>(ui);
            var vv = new Vector<double>(vi);
            for (; j <= row.Length - Vector<double>.Count; j += Vector<double>.Count)
            {
                var updated = new Vector<double>(row[j..]) + (vu * new Vector<double>(a[j..])) - (vv * new Vector<double>(b[j..]));
                updated.CopyTo(row[j..]);
            }
        }

        for (; j < row.Length; j++)
        {
            row[j] += (ui * a[j]) - (vi * b[j]);
        }
    }
}
