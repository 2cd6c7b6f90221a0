namespace Bastion.Core.Orders;

/// <summary>How an order's price is set.</summary>
public enum OrderType
{
    /// <summary>Fill at the next available price.</summary>
    Market = 1,

    /// <summary>Fill at the limit price or better.</summary>
    Limit = 2,

    /// <summary>Becomes a market order once the stop price trades.</summary>
    Stop = 3,

    /// <summary>Becomes a limit order once the stop price trades.</summary>
    StopLimit = 4,

    /// <summary>A stop whose price trails the best price seen by a fixed amount or percentage.</summary>
    TrailingStop = 5,

    /// <summary>Fill at the next session's opening price.</summary>
    MarketOnOpen = 6,

    /// <summary>Fill at the current session's closing price.</summary>
    MarketOnClose = 7,
}
