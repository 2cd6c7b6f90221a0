namespace Bastion.Core.Instruments;

/// <summary>The kind of instrument.</summary>
public enum AssetClass
{
    /// <summary>A listed share.</summary>
    Equity = 1,

    /// <summary>An exchange-traded fund.</summary>
    Etf = 2,

    /// <summary>A spot currency pair.</summary>
    Forex = 3,

    /// <summary>A spot crypto pair.</summary>
    Crypto = 4,

    /// <summary>A futures contract.</summary>
    Future = 5,

    /// <summary>A listed option.</summary>
    Option = 6,
}
