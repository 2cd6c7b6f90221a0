namespace Bastion.Engine;

/// <summary>How often the equity curve gets a point.</summary>
public enum EquitySampling
{
    /// <summary>After every time step (every distinct bar end time).</summary>
    EveryTimeStep = 1,

    /// <summary>After the last time step of each UTC day (for intraday bars: one point per day).</summary>
    Daily = 2,
}
