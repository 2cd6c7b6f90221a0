using System.Numerics;

namespace Bastion.Numerics.Statistics;

/// <summary>
/// Streaming exponentially weighted means and covariance matrix of N series, O(N²) per observation and no allocation,
/// reproducing pandas <c>DataFrame.ewm(alpha=…, adjust=…).mean()/.cov(bias=…)</c> (no missing values) step for step:
/// with adjust=true the weights are (1 − α)^age; with adjust=false the recursion m ← (1 − α)m + αx.
/// The unbiased form multiplies by (Σw)² / ((Σw)² − Σw²) (pandas' default <c>bias=False</c>).
/// A mutable state machine with one owner: not thread-safe.
/// </summary>
public sealed class ExponentialCovarianceTracker
{
    private readonly double _oldWeightFactor;
    private readonly double _newWeight;
    private readonly bool _adjust;
    private readonly double[] _mean;
    private readonly double[] _previousMean;
    private readonly double[] _cov; // lower triangle, row-major: index i(i+1)/2 + j for j ≤ i
    private readonly double[] _deltaOld;
    private readonly double[] _deltaNew;
    private double _sumWeights;
    private double _sumSquaredWeights;
    private double _oldWeight;

    /// <summary>Creates a tracker for <paramref name="series"/> series.</summary>
    /// <param name="series">Number of series N ≥ 1.</param>
    /// <param name="decay">The decay (α).</param>
    /// <param name="adjust">pandas' <c>adjust</c>: true for normalized weights (1 − α)^age (the default), false for the recursion.</param>
    public ExponentialCovarianceTracker(int series, EwmDecay decay, bool adjust = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(series);
        if (decay.Alpha == 0.0)
        {
            throw new ArgumentException("decay is uninitialized; use EwmDecay.FromAlpha/FromSpan/FromHalfLife/FromCenterOfMass", nameof(decay));
        }

        Series = series;
        _oldWeightFactor = 1.0 - decay.Alpha;
        _newWeight = adjust ? 1.0 : decay.Alpha;
        _adjust = adjust;
        _mean = new double[series];
        _previousMean = new double[series];
        _cov = new double[series * (series + 1) / 2];
        _deltaOld = new double[series];
        _deltaNew = new double[series];
    }

    /// <summary>Number of series N.</summary>
    public int Series { get; }

    /// <summary>Observations seen.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one observation per series.</summary>
    /// <exception cref="ArgumentException">Length ≠ <see cref="Series"/> or a non-finite value (state is unchanged).</exception>
    public void Update(ReadOnlySpan<double> observation)
    {
        Moments.RequireFinite(observation, Series, nameof(observation));
        if (observation.Length != Series)
        {
            throw new ArgumentException($"expected {Series} values, got {observation.Length}", nameof(observation));
        }

        int n = Series;
        if (Count == 0)
        {
            observation.CopyTo(_mean);
            _sumWeights = 1.0;
            _sumSquaredWeights = 1.0;
            _oldWeight = 1.0;
            Count = 1;
            return;
        }

        _sumWeights *= _oldWeightFactor;
        _sumSquaredWeights *= _oldWeightFactor * _oldWeightFactor;
        _oldWeight *= _oldWeightFactor;
        double oldW = _oldWeight;
        double newW = _newWeight;
        double total = oldW + newW;
        for (int i = 0; i < n; i++)
        {
            double previous = _mean[i];
            _previousMean[i] = previous;

            // As pandas: leave the mean untouched when it already equals the observation (exact on constant series).
            if (previous != observation[i])
            {
                _mean[i] = ((oldW * previous) + (newW * observation[i])) / total;
            }
        }

        // cov ← a (cov + dOldᵢ dOldⱼ) + b dNewᵢ dNewⱼ with a = old/(old+new), b = new/(old+new); rows of the packed
        // lower triangle are contiguous, so each row is one SIMD sweep.
        double a = oldW / total;
        double b = newW / total;
        Span<double> dOld = _deltaOld;
        Span<double> dNew = _deltaNew;
        for (int i = 0; i < n; i++)
        {
            dOld[i] = _previousMean[i] - _mean[i];
            dNew[i] = observation[i] - _mean[i];
        }

        int rowStart = 0;
        for (int i = 0; i < n; i++)
        {
            UpdateRow(_cov.AsSpan(rowStart, i + 1), dOld[..(i + 1)], dNew[..(i + 1)], a * dOld[i], b * dNew[i], a);
            rowStart += i + 1;
        }

        _sumWeights += newW;
        _sumSquaredWeights += newW * newW;
        _oldWeight += newW;
        if (!_adjust)
        {
            _sumWeights /= _oldWeight;
            _sumSquaredWeights /= _oldWeight * _oldWeight;
            _oldWeight = 1.0;
        }

        Count++;
    }

    /// <summary>The exponentially weighted mean of series <paramref name="i"/> (NaN before the first observation).</summary>
    public double Mean(int i) => Count == 0 ? double.NaN : _mean[i];

    /// <summary>
    /// The exponentially weighted covariance of series <paramref name="i"/> and <paramref name="j"/>: weighted
    /// population form if <paramref name="bias"/>, otherwise bias-corrected (NaN with one observation, as pandas).
    /// </summary>
    public double Covariance(int i, int j, bool bias = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfNegative(j);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, Series);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, Series);
        if (Count == 0)
        {
            return double.NaN;
        }

        double c = i >= j ? _cov[(i * (i + 1) / 2) + j] : _cov[(j * (j + 1) / 2) + i];
        return bias ? c : c * Correction();
    }

    /// <summary>Copies the full N × N covariance matrix into <paramref name="destination"/>.</summary>
    public void CopyCovariance(double[,] destination, bool bias = false)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.GetLength(0) != Series || destination.GetLength(1) != Series)
        {
            throw new ArgumentException($"destination must be {Series}×{Series}", nameof(destination));
        }

        double factor = Count == 0 ? double.NaN : bias ? 1.0 : Correction();
        int k = 0;
        for (int i = 0; i < Series; i++)
        {
            for (int j = 0; j <= i; j++, k++)
            {
                double c = _cov[k] * factor;
                destination[i, j] = c;
                destination[j, i] = c;
            }
        }
    }

    private static void UpdateRow(Span<double> row, ReadOnlySpan<double> dOld, ReadOnlySpan<double> dNew, double aOldI, double bNewI, double a)
    {
        int j = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<double>.Count)
        {
            var va = new Vector<double>(a);
            var vOld = new Vector<double>(aOldI);
            var vNew = new Vector<double>(bNewI);
            for (; j <= row.Length - Vector<double>.Count; j += Vector<double>.Count)
            {
                var c = new Vector<double>(row[j..]);
                var updated = (va * c) + (vOld * new Vector<double>(dOld[j..])) + (vNew * new Vector<double>(dNew[j..]));
                updated.CopyTo(row[j..]);
            }
        }

        for (; j < row.Length; j++)
        {
            row[j] = (a * row[j]) + (aOldI * dOld[j]) + (bNewI * dNew[j]);
        }
    }

    private double Correction()
    {
        double numerator = _sumWeights * _sumWeights;
        double denominator = numerator - _sumSquaredWeights;
        return denominator > 0.0 ? numerator / denominator : double.NaN;
    }
}
