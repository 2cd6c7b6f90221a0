using Bastion.Core.Instruments;
using Bastion.Core.Money;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;

namespace Bastion.Core.Ledger;

/// <summary>
/// Cash in several currencies, positions long and short at average cost, realized P&amp;L, commissions, fees and
/// dividends; the accounting every engine mode shares. All amounts are <see cref="decimal"/> in the currency named
/// with them; <see cref="Equity"/> converts to <see cref="BaseCurrency"/> with rates the caller gives
/// (units of base currency per unit of the other currency). Invariants (property-tested):
/// cash = deposits − Σ signed notional − Σ commissions and fees + dividends (per currency), position = Σ signed fills,
/// and realized + unrealized P&amp;L − costs + dividends = change in equity.
/// Not thread-safe: one owner.
/// </summary>
public sealed class Account
{
    private readonly Dictionary<Currency, decimal> _cash = [];
    private readonly Dictionary<Currency, decimal> _realized = [];
    private readonly Dictionary<Currency, decimal> _costs = [];
    private readonly Dictionary<Currency, decimal> _dividends = [];
    private readonly Dictionary<Symbol, PositionState> _positions = [];

    /// <summary>Creates an empty account reporting in <paramref name="baseCurrency"/>.</summary>
    public Account(Currency baseCurrency)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseCurrency.Code, nameof(baseCurrency));
        BaseCurrency = baseCurrency;
    }

    /// <summary>The currency equity is reported in.</summary>
    public Currency BaseCurrency { get; }

    /// <summary>Cash balance per currency (negative = borrowed).</summary>
    public IReadOnlyDictionary<Currency, decimal> CashBalances => _cash;

    /// <summary>Snapshots of every position ever opened (flat ones included, with their realized P&amp;L), in no particular order.</summary>
    public IReadOnlyList<Position> Positions
    {
        get
        {
            var list = new List<Position>(_positions.Count);
            foreach (PositionState p in _positions.Values)
            {
                list.Add(p.Snapshot());
            }

            return list;
        }
    }

    /// <summary>Cash held in <paramref name="currency"/> (zero if none).</summary>
    public decimal Cash(Currency currency) => _cash.GetValueOrDefault(currency);

    /// <summary>Realized P&amp;L in <paramref name="currency"/>, before commissions and fees.</summary>
    public decimal RealizedPnl(Currency currency) => _realized.GetValueOrDefault(currency);

    /// <summary>Commissions plus fees paid in <paramref name="currency"/> (positive).</summary>
    public decimal Costs(Currency currency) => _costs.GetValueOrDefault(currency);

    /// <summary>Dividends received (positive) or paid on shorts (negative) in <paramref name="currency"/>.</summary>
    public decimal Dividends(Currency currency) => _dividends.GetValueOrDefault(currency);

    /// <summary>The position in <paramref name="symbol"/>; false if it was never traded.</summary>
    public bool TryGetPosition(Symbol symbol, out Position position)
    {
        if (_positions.TryGetValue(symbol, out PositionState? state))
        {
            position = state.Snapshot();
            return true;
        }

        position = default;
        return false;
    }

    /// <summary>Signed quantity held in <paramref name="symbol"/> (zero if none).</summary>
    public decimal Quantity(Symbol symbol) => _positions.TryGetValue(symbol, out PositionState? s) ? s.Quantity : 0m;

    /// <summary>Adds <paramref name="amount"/> of cash (negative withdraws).</summary>
    public void Deposit(Currency currency, decimal amount)
    {
        ArgumentException.ThrowIfNullOrEmpty(currency.Code, nameof(currency));
        Add(_cash, currency, amount);
    }

    /// <summary>
    /// Books a fill: cash moves by −signed quantity × price × multiplier − commission − fees in the fill's currency,
    /// the position moves by the signed quantity. Returns the P&amp;L the fill realizes (before costs).
    /// </summary>
    /// <exception cref="ArgumentException">The fill is for another symbol, in a currency other than the instrument's, or has a non-positive quantity or price or negative costs.</exception>
    public decimal ApplyFill(Fill fill, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(fill);
        ArgumentNullException.ThrowIfNull(instrument);
        if (fill.Symbol != instrument.Symbol || fill.Currency != instrument.QuoteCurrency)
        {
            throw new ArgumentException($"fill {fill.Symbol} in {fill.Currency} does not match instrument {instrument.Symbol} in {instrument.QuoteCurrency}", nameof(fill));
        }

        if (fill.Quantity <= 0m || fill.Price <= 0m || fill.Commission < 0m || fill.Fees < 0m)
        {
            throw new ArgumentException("fill quantity and price must be positive, commission and fees not negative", nameof(fill));
        }

        if (!_positions.TryGetValue(fill.Symbol, out PositionState? state))
        {
            state = new PositionState(fill.Symbol, instrument.Multiplier, instrument.QuoteCurrency);
            _positions.Add(fill.Symbol, state);
        }

        decimal signed = fill.SignedQuantity;
        decimal costs = fill.Commission + fill.Fees;
        Add(_cash, fill.Currency, -(signed * fill.Price * instrument.Multiplier) - costs);
        Add(_costs, fill.Currency, costs);
        decimal realized = state.Trade(signed, fill.Price);
        Add(_realized, fill.Currency, realized);
        return realized;
    }

    /// <summary>
    /// Applies a split of <paramref name="ratio"/> new units per old unit (2 for a 2-for-1 split, 0.1 for a 1-for-10
    /// reverse split): quantity × ratio, average cost ÷ ratio, no cash change. Fractional units that result are kept
    /// (cash in lieu is not modelled).
    /// </summary>
    public void ApplySplit(Symbol symbol, decimal ratio)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratio);
        if (_positions.TryGetValue(symbol, out PositionState? state))
        {
            state.Quantity *= ratio;
            state.AverageCost /= ratio;
        }
    }

    /// <summary>
    /// Books a cash dividend of <paramref name="amountPerUnit"/> per unit held: a long receives quantity × amount,
    /// a short pays it. Returns the signed cash amount booked (zero when flat).
    /// </summary>
    public decimal ApplyDividend(Symbol symbol, decimal amountPerUnit, Currency currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountPerUnit);
        ArgumentException.ThrowIfNullOrEmpty(currency.Code, nameof(currency));
        decimal quantity = Quantity(symbol);
        decimal amount = quantity * amountPerUnit;
        if (amount != 0m)
        {
            Add(_cash, currency, amount);
            Add(_dividends, currency, amount);
        }

        return amount;
    }

    /// <summary>Unrealized P&amp;L of <paramref name="symbol"/> at <paramref name="mark"/>, in the position's currency (zero if none).</summary>
    public decimal UnrealizedPnl(Symbol symbol, decimal mark) =>
        _positions.TryGetValue(symbol, out PositionState? s) ? s.Quantity * (mark - s.AverageCost) * s.Multiplier : 0m;

    /// <summary>Converts <paramref name="amount"/> in <paramref name="currency"/> to the base currency.</summary>
    /// <exception cref="InvalidOperationException">No rate is given for <paramref name="currency"/>.</exception>
    public decimal ToBase(decimal amount, Currency currency, IReadOnlyDictionary<Currency, decimal> ratesToBase)
    {
        ArgumentNullException.ThrowIfNull(ratesToBase);
        if (currency == BaseCurrency || amount == 0m)
        {
            return amount;
        }

        if (!ratesToBase.TryGetValue(currency, out decimal rate))
        {
            throw new InvalidOperationException($"no FX rate from {currency} to the base currency {BaseCurrency}");
        }

        return amount * rate;
    }

    /// <summary>All cash converted to the base currency.</summary>
    /// <exception cref="InvalidOperationException">A currency with a non-zero balance has no rate.</exception>
    public decimal CashInBase(IReadOnlyDictionary<Currency, decimal> ratesToBase)
    {
        decimal total = 0m;
        foreach (KeyValuePair<Currency, decimal> kv in _cash)
        {
            total += ToBase(kv.Value, kv.Key, ratesToBase);
        }

        return total;
    }

    /// <summary>
    /// Equity in the base currency: cash plus the market value of every open position at its mark, converted.
    /// </summary>
    /// <exception cref="InvalidOperationException">An open position has no mark, or a currency has no rate.</exception>
    public decimal Equity(IReadOnlyDictionary<Symbol, decimal> marks, IReadOnlyDictionary<Currency, decimal> ratesToBase)
    {
        ArgumentNullException.ThrowIfNull(marks);
        decimal total = CashInBase(ratesToBase);
        foreach (PositionState p in _positions.Values)
        {
            if (p.Quantity == 0m)
            {
                continue;
            }

            if (!marks.TryGetValue(p.Symbol, out decimal mark))
            {
                throw new InvalidOperationException($"no mark price for the open position in {p.Symbol}");
            }

            total += ToBase(p.Quantity * mark * p.Multiplier, p.Currency, ratesToBase);
        }

        return total;
    }

    private static void Add(Dictionary<Currency, decimal> map, Currency currency, decimal amount) =>
        map[currency] = map.GetValueOrDefault(currency) + amount;
}
