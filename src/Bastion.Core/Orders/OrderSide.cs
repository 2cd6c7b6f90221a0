namespace Bastion.Core.Orders;

/// <summary>Direction of an order or fill.</summary>
public enum OrderSide
{
    /// <summary>Buy: increases the position.</summary>
    Buy = 1,

    /// <summary>Sell: decreases the position (or opens a short).</summary>
    Sell = 2,
}
