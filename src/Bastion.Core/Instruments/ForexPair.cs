using Bastion.Core.Forex;
using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Instruments;

/// <summary>
/// A spot currency pair <c>BASE/QUOTE</c>: the price is units of <see cref="Instrument.QuoteCurrency"/> per one unit of
/// <see cref="BaseCurrency"/>, quantity is in units of the base currency (a standard lot is 100,000), multiplier 1.
/// A pip is 0.0001, or 0.01 when the quote currency is the Japanese yen; the default tick is a tenth of a pip
/// (a "pipette", the fifth/third decimal most venues quote).
/// </summary>
public sealed record ForexPair : Instrument
{
    /// <summary>Units of base currency in one standard lot.</summary>
    public const decimal StandardLot = 100_000m;

    /// <summary>Creates a pair.</summary>
    /// <param name="baseCurrency">The currency bought or sold.</param>
    /// <param name="quoteCurrency">The currency the price is in.</param>
    /// <param name="pipSize">Pip size; 0.01 for JPY quotes, 0.0001 otherwise, if omitted.</param>
    /// <param name="tickSize">Price step; a tenth of a pip if omitted.</param>
    /// <param name="lotSize">Quantity step in base units; 1 if omitted.</param>
    /// <param name="calendarName">Trading calendar; <c>24x5</c> if omitted.</param>
    /// <exception cref="ArgumentException">The two currencies are equal or unset.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Pip, tick or lot size is not positive.</exception>
    public ForexPair(Currency baseCurrency, Currency quoteCurrency, decimal? pipSize = null, decimal? tickSize = null, decimal lotSize = 1m, string calendarName = "24x5")
        : base(PairSymbol(baseCurrency, quoteCurrency), quoteCurrency, tickSize ?? (CheckedPip(pipSize, quoteCurrency) / 10m), lotSize, 1m, calendarName)
    {
        BaseCurrency = baseCurrency;
        PipSize = CheckedPip(pipSize, quoteCurrency);
    }

    /// <summary>Parses <c>EURUSD</c> or <c>EUR/USD</c> into a pair with default pip, tick and lot sizes.</summary>
    /// <exception cref="ArgumentException">The text is not a pair of two different currencies.</exception>
    public static ForexPair Parse(string pair)
    {
        if (!CurrencyPair.TryParse(pair, out Currency b, out Currency q, out string error))
        {
            throw new ArgumentException(error, nameof(pair));
        }

        return new ForexPair(b, q);
    }

    /// <inheritdoc />
    public override AssetClass AssetClass => AssetClass.Forex;

    /// <summary>The currency bought when the pair is bought.</summary>
    public Currency BaseCurrency { get; }

    /// <summary>One pip, in quote currency per base unit.</summary>
    public decimal PipSize { get; }

    /// <summary>The value of a one-pip move of a position of <paramref name="units"/> base units, in the quote currency.</summary>
    public decimal PipValueInQuote(decimal units) => units * PipSize;

    /// <summary>
    /// The value of a one-pip move of a position of <paramref name="units"/> base units (signed: a short position has a
    /// negative pip value) in <paramref name="accountCurrency"/>, converting the quote-currency pip value with <paramref name="rates"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rates cannot convert the quote currency into the account currency.</exception>
    public decimal PipValue(decimal units, Currency accountCurrency, FxRateTable rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return rates.Convert(PipValueInQuote(units), QuoteCurrency, accountCurrency);
    }

    private static Symbol PairSymbol(Currency baseCurrency, Currency quoteCurrency)
    {
        if (baseCurrency.Code is null || quoteCurrency.Code is null)
        {
            throw new ArgumentException("a currency pair needs both currencies set", nameof(baseCurrency));
        }

        if (baseCurrency == quoteCurrency)
        {
            throw new ArgumentException($"a currency pair needs two different currencies, got {baseCurrency}/{quoteCurrency}", nameof(quoteCurrency));
        }

        return Symbol.Create(baseCurrency.Code + quoteCurrency.Code);
    }

    private static decimal CheckedPip(decimal? pipSize, Currency quoteCurrency)
    {
        decimal pip = pipSize ?? (quoteCurrency == Currency.Jpy ? 0.01m : 0.0001m);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pip, nameof(pipSize));
        return pip;
    }
}
