namespace Bastion.Risk.Backtesting;

/// <summary>Basel Committee (1996) backtesting zones.</summary>
public enum TrafficLightZone
{
    /// <summary>Cumulative binomial probability of the exception count below 95%.</summary>
    Green = 1,

    /// <summary>Cumulative probability at least 95% and below 99.99%.</summary>
    Yellow = 2,

    /// <summary>Cumulative probability at least 99.99%.</summary>
    Red = 3,
}
