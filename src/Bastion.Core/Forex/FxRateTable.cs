using Bastion.Core.Money;

namespace Bastion.Core.Forex;

/// <summary>
/// Spot exchange rates, quoted the market way: a rate for <c>EUR/USD</c> of 1.08 means one euro costs 1.08 US dollars
/// (units of quote currency per one unit of base currency). Any pair is resolved directly, by inverting the opposite
/// quote, or by triangulating through a pivot currency (USD first, then any other currency quoted against both).
/// Not thread-safe while being written; safe for concurrent reads once filled.
/// </summary>
public sealed class FxRateTable
{
    private readonly Dictionary<(Currency Base, Currency Quote), decimal> _rates = [];

    /// <summary>Creates an empty table that triangulates through <paramref name="pivot"/> (US dollars if omitted) before trying other currencies.</summary>
    public FxRateTable(Currency? pivot = null) => Pivot = pivot ?? Currency.Usd;

    /// <summary>The preferred currency for cross rates.</summary>
    public Currency Pivot { get; }

    /// <summary>The quoted pairs, in no particular order.</summary>
    public IEnumerable<FxRate> Quotes => _rates.Select(r => new FxRate(r.Key.Base, r.Key.Quote, r.Value));

    /// <summary>Sets (or replaces) the rate of <paramref name="baseCurrency"/>/<paramref name="quoteCurrency"/>.</summary>
    /// <exception cref="ArgumentException">The two currencies are equal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not positive.</exception>
    public FxRateTable Set(Currency baseCurrency, Currency quoteCurrency, decimal rate)
    {
        if (baseCurrency == quoteCurrency)
        {
            throw new ArgumentException($"a rate needs two different currencies, got {baseCurrency}/{quoteCurrency}", nameof(quoteCurrency));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        _rates[(baseCurrency, quoteCurrency)] = rate;
        return this;
    }

    /// <summary>Sets a rate from an <see cref="FxRate"/>.</summary>
    public FxRateTable Set(FxRate rate) => Set(rate.Base, rate.Quote, rate.Rate);

    /// <summary>
    /// Tries to find the price of one <paramref name="from"/> in <paramref name="to"/>; <paramref name="route"/> says how
    /// (<c>direct</c>, <c>inverse</c>, <c>via USD</c>, <c>identity</c>).
    /// </summary>
    public bool TryGetRate(Currency from, Currency to, out decimal rate, out string route)
    {
        if (!TryResolve(from, to, out rate, out Currency? via, out bool inverse))
        {
            route = string.Empty;
            return false;
        }

        route = from == to ? "identity" : via is { } pivot ? $"via {pivot}" : inverse ? "inverse" : "direct";
        return true;
    }

    /// <summary>Tries to find the price of one <paramref name="from"/> in <paramref name="to"/>. Allocation-free when a direct, inverse or pivot route exists.</summary>
    public bool TryGetRate(Currency from, Currency to, out decimal rate) => TryResolve(from, to, out rate, out _, out _);

    /// <summary>The price of one <paramref name="from"/> in <paramref name="to"/>.</summary>
    /// <exception cref="InvalidOperationException">No direct, inverse or one-pivot route connects the two currencies.</exception>
    public decimal GetRate(Currency from, Currency to)
    {
        if (!TryGetRate(from, to, out decimal rate))
        {
            throw new InvalidOperationException($"no rate to convert {from} to {to}: quote {from}{to}, {to}{from}, or both against a common currency such as {Pivot}");
        }

        return rate;
    }

    /// <summary>Converts <paramref name="amount"/> of <paramref name="from"/> into <paramref name="to"/>.</summary>
    /// <exception cref="InvalidOperationException">No route connects the two currencies.</exception>
    public decimal Convert(decimal amount, Currency from, Currency to) => amount * GetRate(from, to);

    private bool TryResolve(Currency from, Currency to, out decimal rate, out Currency? via, out bool inverse)
    {
        via = null;
        inverse = false;
        if (from == to)
        {
            rate = 1m;
            return true;
        }

        if (TryDirectOrInverse(from, to, out rate, out inverse))
        {
            return true;
        }

        if (TryVia(Pivot, from, to, out rate))
        {
            via = Pivot;
            return true;
        }

        foreach (Currency pivot in _rates.Keys.SelectMany(k => new[] { k.Base, k.Quote }).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            if (pivot != Pivot && TryVia(pivot, from, to, out rate))
            {
                via = pivot;
                return true;
            }
        }

        rate = 0m;
        return false;
    }

    private bool TryDirectOrInverse(Currency from, Currency to, out decimal rate, out bool inverse)
    {
        inverse = false;
        if (_rates.TryGetValue((from, to), out rate))
        {
            return true;
        }

        if (_rates.TryGetValue((to, from), out decimal quoted))
        {
            rate = 1m / quoted;
            inverse = true;
            return true;
        }

        return false;
    }

    private bool TryVia(Currency pivot, Currency from, Currency to, out decimal rate)
    {
        rate = 0m;
        if (pivot == from || pivot == to)
        {
            return false;
        }

        if (TryDirectOrInverse(from, pivot, out decimal first, out _) && TryDirectOrInverse(pivot, to, out decimal second, out _))
        {
            rate = first * second;
            return true;
        }

        return false;
    }
}
