using Bastion.Core.Crypto;
using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Instruments;

/// <summary>
/// A spot crypto pair <c>BASE-QUOTE</c> (e.g. <c>BTC-USD</c>): quantity in units of the base asset, traded in fractional
/// lots, price in quote currency per base unit, multiplier 1, open 24/7, with a maker/taker fee schedule.
/// </summary>
public sealed record CryptoPair : Instrument
{
    /// <summary>Creates a pair.</summary>
    /// <param name="baseCurrency">The asset bought or sold (e.g. <c>BTC</c>).</param>
    /// <param name="quoteCurrency">The currency the price is in (e.g. <c>USD</c>, <c>USDT</c>).</param>
    /// <param name="tickSize">Price step; 0.01 if omitted.</param>
    /// <param name="lotSize">Quantity step in base units; 0.00001 if omitted.</param>
    /// <param name="fees">Fee schedule; flat 10 bps maker and taker if omitted.</param>
    /// <param name="calendarName">Trading calendar; <c>24x7</c> if omitted.</param>
    /// <exception cref="ArgumentException">The two currencies are equal or unset.</exception>
    public CryptoPair(Currency baseCurrency, Currency quoteCurrency, decimal tickSize = 0.01m, decimal lotSize = 0.00001m, CryptoFeeSchedule? fees = null, string calendarName = "24x7")
        : base(PairSymbol(baseCurrency, quoteCurrency), quoteCurrency, tickSize, lotSize, 1m, calendarName)
    {
        BaseCurrency = baseCurrency;
        Fees = fees ?? CryptoFeeSchedule.Flat(10m, 10m);
    }

    /// <inheritdoc />
    public override AssetClass AssetClass => AssetClass.Crypto;

    /// <summary>The asset bought when the pair is bought.</summary>
    public Currency BaseCurrency { get; }

    /// <summary>The maker/taker fee schedule.</summary>
    public CryptoFeeSchedule Fees { get; }

    /// <summary>The fee of a fill in quote currency (see <see cref="CryptoFeeSchedule.Fee"/>).</summary>
    public decimal Fee(decimal quantity, decimal price, Liquidity liquidity, decimal trailingVolume = 0m)
        => Fees.Fee(quantity, price, liquidity, trailingVolume);

    private static Symbol PairSymbol(Currency baseCurrency, Currency quoteCurrency)
    {
        if (baseCurrency.Code is null || quoteCurrency.Code is null)
        {
            throw new ArgumentException("a crypto pair needs both currencies set", nameof(baseCurrency));
        }

        if (baseCurrency == quoteCurrency)
        {
            throw new ArgumentException($"a crypto pair needs two different currencies, got {baseCurrency}/{quoteCurrency}", nameof(quoteCurrency));
        }

        return Symbol.Create(baseCurrency.Code + "-" + quoteCurrency.Code);
    }
}
