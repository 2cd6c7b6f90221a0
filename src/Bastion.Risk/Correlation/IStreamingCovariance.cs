namespace Bastion.Risk.Correlation;

/// <summary>
/// A streaming covariance/correlation estimator of n assets: one observation (a row of n returns) at a time, O(n²) work
/// and no allocation per <see cref="Update"/>. Implementations are mutable state machines with one owner: not thread-safe.
/// </summary>
public interface IStreamingCovariance
{
    /// <summary>The number of assets n.</summary>
    int Assets { get; }

    /// <summary>Observations seen so far.</summary>
    long Count { get; }

    /// <summary>Whether the estimate is defined (enough observations); before that the copies are NaN.</summary>
    bool IsReady { get; }

    /// <summary>Adds one observation: the returns of the n assets at one time (simple fractions).</summary>
    /// <exception cref="ArgumentException">Length ≠ n or a non-finite value (the state is unchanged).</exception>
    void Update(ReadOnlySpan<double> observation);

    /// <summary>Copies the n × n covariance matrix (squared return units) into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not n × n.</exception>
    void CopyCovariance(double[,] destination);

    /// <summary>Copies the n × n correlation matrix into <paramref name="destination"/> (NaN for an asset with zero variance).</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not n × n.</exception>
    void CopyCorrelation(double[,] destination);
}
