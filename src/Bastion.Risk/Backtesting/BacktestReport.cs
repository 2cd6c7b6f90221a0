namespace Bastion.Risk.Backtesting;

/// <summary>All coverage tests on one exception sequence.</summary>
/// <param name="Observations">N days.</param>
/// <param name="Exceptions">x exceptions.</param>
/// <param name="Probability">Expected exception probability p.</param>
/// <param name="FirstFailure">1-based day of the first exception; 0 if none.</param>
/// <param name="Pof">Kupiec proportion of failures.</param>
/// <param name="Tuff">Kupiec time until first failure (NaN without a failure).</param>
/// <param name="Independence">Christoffersen independence (null when only counts were given).</param>
/// <param name="ConditionalCoverage">Christoffersen conditional coverage (null when only counts were given).</param>
/// <param name="TrafficLight">Basel zone.</param>
public sealed record BacktestReport(
    int Observations,
    int Exceptions,
    double Probability,
    int FirstFailure,
    LikelihoodRatioTest Pof,
    LikelihoodRatioTest Tuff,
    LikelihoodRatioTest? Independence,
    LikelihoodRatioTest? ConditionalCoverage,
    TrafficLightResult TrafficLight);
