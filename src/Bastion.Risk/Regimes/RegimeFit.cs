namespace Bastion.Risk.Regimes;

/// <summary>
/// A fitted Gaussian hidden Markov model. States are ordered by volatility, calm first, so state 0 is always the calmest
/// and output is stable across starts and seeds. Per-period figures are in the returns' units; annualized ones use
/// <see cref="PeriodsPerYear"/> (mean × n, volatility × √n).
/// </summary>
public sealed class RegimeFit
{
    internal RegimeFit(RegimeParameters parameters, RegimeDecoding decoding, int observations, int periodsPerYear, int iterations, bool converged, double[] startLogLikelihoods)
    {
        Parameters = parameters;
        Decoding = decoding;
        Observations = observations;
        PeriodsPerYear = periodsPerYear;
        EmIterations = iterations;
        Converged = converged;
        StartLogLikelihoods = startLogLikelihoods;
        StationaryDistribution = parameters.StationaryDistribution();
        ExpectedDurations = parameters.ExpectedDurations();
    }

    /// <summary>Estimated means, volatilities (per period) and transition matrix, calm state first.</summary>
    public RegimeParameters Parameters { get; }

    /// <summary>Filtered and smoothed probabilities, Viterbi path and log-likelihood at <see cref="Parameters"/>.</summary>
    public RegimeDecoding Decoding { get; }

    /// <summary>Number of returns T.</summary>
    public int Observations { get; }

    /// <summary>The annualization factor used.</summary>
    public int PeriodsPerYear { get; }

    /// <summary>EM iterations of the winning start.</summary>
    public int EmIterations { get; }

    /// <summary>Whether EM met its tolerance on the winning start (the BFGS polish that follows only ever raises the likelihood).</summary>
    public bool Converged { get; }

    /// <summary>The EM log-likelihood reached from each start, in start order (before the final polish).</summary>
    public IReadOnlyList<double> StartLogLikelihoods { get; }

    /// <summary>Stationary distribution of the fitted chain (long-run share of time in each state).</summary>
    public IReadOnlyList<double> StationaryDistribution { get; }

    /// <summary>Expected durations 1/(1 − Pₖₖ) in periods.</summary>
    public IReadOnlyList<double> ExpectedDurations { get; }

    /// <summary>Maximized log-likelihood.</summary>
    public double LogLikelihood => Decoding.LogLikelihood;

    /// <summary>Free parameters K means + K variances + K(K − 1) transition probabilities = K(K + 1) (statsmodels' count).</summary>
    public int ParameterCount => Parameters.States * (Parameters.States + 1);

    /// <summary>−2 ln L + 2k.</summary>
    public double Aic => (-2.0 * LogLikelihood) + (2.0 * ParameterCount);

    /// <summary>−2 ln L + k ln T.</summary>
    public double Bic => (-2.0 * LogLikelihood) + (ParameterCount * Math.Log(Observations));

    /// <summary>Annualized state means μₖ × periods per year.</summary>
    public double AnnualizedMean(int state) => Parameters.Means[state] * PeriodsPerYear;

    /// <summary>Annualized state volatilities σₖ × √(periods per year).</summary>
    public double AnnualizedVolatility(int state) => Parameters.Volatilities[state] * Math.Sqrt(PeriodsPerYear);
}
