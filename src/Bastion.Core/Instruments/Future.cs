using Bastion.Core.Futures;
using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Instruments;

/// <summary>
/// A futures contract: price in index points (or the contract's price unit), one contract worth price ×
/// <see cref="Instrument.Multiplier"/> in the quote currency, whole-contract lots, and a performance bond of
/// <see cref="InitialMargin"/> per contract that must stay above <see cref="MaintenanceMargin"/>.
/// The symbol is root, month code and two-digit year (<c>ESZ26</c>) unless given.
/// </summary>
public sealed record Future : Instrument
{
    /// <summary>Creates a futures contract.</summary>
    /// <param name="root">Product root (<c>ES</c>, <c>CL</c>).</param>
    /// <param name="contractMonth">Delivery month.</param>
    /// <param name="expiry">Last trading day (exchange local); must not be before <paramref name="listingDate"/>.</param>
    /// <param name="multiplier">Currency per 1.00 of price per contract (50 for ES).</param>
    /// <param name="tickSize">Price step (0.25 for ES).</param>
    /// <param name="initialMargin">Initial margin per contract, in the quote currency; not negative.</param>
    /// <param name="maintenanceMargin">Maintenance margin per contract; not negative and not above the initial margin.</param>
    /// <param name="currency">Quote currency; US dollars if omitted.</param>
    /// <param name="listingDate">First trading day, if known.</param>
    /// <param name="calendarName">Trading calendar; <c>XNYS</c> if omitted (business days for expiry and roll arithmetic).</param>
    /// <exception cref="ArgumentException">Empty root.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative margins, maintenance above initial, expiry before listing.</exception>
    public Future(
        string root,
        ContractMonth contractMonth,
        DateOnly expiry,
        decimal multiplier,
        decimal tickSize,
        decimal initialMargin,
        decimal maintenanceMargin,
        Currency? currency = null,
        DateOnly? listingDate = null,
        string calendarName = "XNYS")
        : base(FutureSymbol(root, contractMonth), currency ?? Currency.Usd, tickSize, 1m, multiplier, calendarName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialMargin);
        ArgumentOutOfRangeException.ThrowIfNegative(maintenanceMargin);
        if (maintenanceMargin > initialMargin)
        {
            throw new ArgumentOutOfRangeException(nameof(maintenanceMargin), maintenanceMargin, $"maintenance margin {maintenanceMargin} is above the initial margin {initialMargin}");
        }

        if (listingDate is { } listed && expiry < listed)
        {
            throw new ArgumentOutOfRangeException(nameof(expiry), expiry, $"expiry {expiry:yyyy-MM-dd} is before the listing date {listed:yyyy-MM-dd}");
        }

        Root = root.Trim().ToUpperInvariant();
        ContractMonth = contractMonth;
        Expiry = expiry;
        InitialMargin = initialMargin;
        MaintenanceMargin = maintenanceMargin;
        ListingDate = listingDate;
    }

    /// <inheritdoc />
    public override AssetClass AssetClass => AssetClass.Future;

    /// <summary>Product root.</summary>
    public string Root { get; }

    /// <summary>Delivery month.</summary>
    public ContractMonth ContractMonth { get; }

    /// <summary>Last trading day (exchange local).</summary>
    public DateOnly Expiry { get; }

    /// <summary>First trading day, when known.</summary>
    public DateOnly? ListingDate { get; }

    /// <summary>Initial margin per contract.</summary>
    public decimal InitialMargin { get; }

    /// <summary>Maintenance margin per contract.</summary>
    public decimal MaintenanceMargin { get; }

    /// <summary>Currency value of a one-tick move of one contract: tick size × multiplier (12.50 USD for ES).</summary>
    public decimal TickValue => TickSize * Multiplier;

    /// <summary>Profit or loss of <paramref name="contracts"/> (signed) from <paramref name="entryPrice"/> to <paramref name="price"/>.</summary>
    public decimal ProfitLoss(decimal contracts, decimal entryPrice, decimal price) => contracts * (price - entryPrice) * Multiplier;

    /// <summary>Checks margin for a position of <paramref name="contracts"/> (either sign) backed by <paramref name="equity"/>.</summary>
    public MarginStatus CheckMargin(decimal contracts, decimal equity)
    {
        decimal n = Math.Abs(contracts);
        decimal initial = InitialMargin * n;
        decimal maintenance = MaintenanceMargin * n;
        bool call = equity < maintenance;
        return new MarginStatus(equity, initial, maintenance, call, call ? initial - equity : 0m, equity - initial);
    }

    private static Symbol FutureSymbol(string root, ContractMonth contractMonth)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (contractMonth.Month == 0)
        {
            throw new ArgumentException("a future needs a contract month", nameof(contractMonth));
        }

        return Symbol.Create(root.Trim() + contractMonth.ToString());
    }
}
