namespace Bastion.Portfolio.Estimation;

/// <summary>A covariance estimator. Implementations are immutable and thread-safe.</summary>
public interface ICovarianceEstimator
{
    /// <summary>The estimator's name as the CLI spells it (<c>sample</c>, <c>ledoit-wolf</c>, ...).</summary>
    string Name { get; }

    /// <summary>Estimates the covariance of <paramref name="returns"/>, annualized by <paramref name="frequency"/> periods per year.</summary>
    CovarianceEstimate Estimate(ReturnPanel returns, int frequency = 252);
}
