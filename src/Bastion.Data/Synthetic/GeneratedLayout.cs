namespace Bastion.Data.Synthetic;

/// <summary>What <see cref="SyntheticMarketWriter"/> writes.</summary>
public enum GeneratedLayout
{
    /// <summary>One <c>timestamp,open,high,low,close,volume</c> file per symbol.</summary>
    Ohlcv,

    /// <summary>One wide close-price file (<c>date,SYM1,SYM2,...</c>); daily resolution only.</summary>
    Wide,
}
