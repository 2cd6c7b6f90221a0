namespace Bastion.Core.Instruments;

/// <summary>When an option may be exercised.</summary>
public enum OptionStyle
{
    /// <summary>Any trading day up to expiry (US listed single-stock and ETF options).</summary>
    American = 1,

    /// <summary>At expiry only (most index options, e.g. SPX).</summary>
    European = 2,
}
