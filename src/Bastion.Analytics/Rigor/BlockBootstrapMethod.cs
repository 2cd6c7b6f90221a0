namespace Bastion.Analytics.Rigor;

/// <summary>How a block bootstrap resamples a time series.</summary>
public enum BlockBootstrapMethod
{
    /// <summary>Politis &amp; Romano (1994): geometric block lengths with the given mean, wrapping around the end.</summary>
    Stationary = 1,

    /// <summary>Politis &amp; Romano (1992): fixed-length blocks starting anywhere, wrapping around the end.</summary>
    Circular = 2,

    /// <summary>Künsch (1989): fixed-length blocks that lie entirely inside the sample.</summary>
    Moving = 3,
}
