using System.Collections.Concurrent;
using Bastion.Core.Forex;
using Bastion.Core.Money;
using Bastion.Core.Symbols;

namespace Bastion.Core.Instruments;

/// <summary>
/// Symbol properties: maps a symbol to its instrument. Explicitly registered instruments win; any other symbol gets
/// <see cref="Default"/>. Thread-safe.
/// </summary>
public sealed class InstrumentRegistry
{
    /// <summary>Fiat currencies recognised when guessing a forex pair from a symbol (ISO 4217 codes of actively traded currencies).</summary>
    private static readonly HashSet<string> s_fiat =
    [
        "USD", "EUR", "JPY", "GBP", "CHF", "AUD", "NZD", "CAD", "SEK", "NOK", "DKK", "HKD", "SGD", "CNH", "CNY",
        "MXN", "ZAR", "TRY", "PLN", "HUF", "CZK", "ILS", "KRW", "INR", "BRL", "THB", "TWD",
    ];

    /// <summary>Crypto assets recognised in unseparated symbols such as <c>BTCUSD</c> or <c>ETHUSDT</c>.</summary>
    private static readonly HashSet<string> s_crypto =
    [
        "BTC", "ETH", "SOL", "XRP", "ADA", "DOGE", "LTC", "BCH", "DOT", "LINK", "AVAX", "XLM", "USDT", "USDC", "DAI",
    ];

    private readonly ConcurrentDictionary<Symbol, Instrument> _instruments = new();

    /// <summary>Registers (or replaces) an instrument under its symbol.</summary>
    public void Register(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        _instruments[instrument.Symbol] = instrument;
    }

    /// <summary>The registered instrument of <paramref name="symbol"/>, if any.</summary>
    public bool TryGetRegistered(Symbol symbol, out Instrument instrument)
    {
        bool found = _instruments.TryGetValue(symbol, out Instrument? value);
        instrument = value!;
        return found;
    }

    /// <summary>The registered instrument of <paramref name="symbol"/>, or <see cref="Default"/> when none is registered.</summary>
    public Instrument Get(Symbol symbol) => _instruments.TryGetValue(symbol, out Instrument? value) ? value : Default(symbol);

    /// <summary>
    /// The instrument a bare symbol most likely denotes, with default properties:
    /// six letters made of two known fiat codes (<c>EURUSD</c>) or two fiat codes joined by <c>/</c> or <c>-</c> → <see cref="ForexPair"/>;
    /// two 3–5 letter codes joined by <c>/</c> or <c>-</c> otherwise (<c>BTC-USD</c>), or a known crypto asset followed by a
    /// known crypto or fiat code (<c>BTCUSD</c>, <c>ETHUSDT</c>) → <see cref="CryptoPair"/> (whose symbol is normalised to <c>BTC-USD</c>);
    /// anything else → a US <see cref="Equity"/> (USD, 0.01 tick, 1-share lot, XNYS).
    /// </summary>
    public static Instrument Default(Symbol symbol)
    {
        string text = symbol.Value ?? throw new ArgumentException("symbol is empty", nameof(symbol));
        bool separated = text.IndexOfAny(['/', '-']) >= 0;
        if ((separated || text.Length == 6) && CurrencyPair.TryParse(text, out Currency b, out Currency q, out _))
        {
            if (s_fiat.Contains(b.Code) && s_fiat.Contains(q.Code))
            {
                return new ForexPair(b, q);
            }

            if (separated)
            {
                return new CryptoPair(b, q);
            }
        }

        if (!separated && text.All(char.IsAsciiLetter))
        {
            // BTCUSD, ETHUSDT: a known crypto base followed by a known crypto or fiat quote.
            for (int split = 3; split <= Math.Min(5, text.Length - 3); split++)
            {
                string baseCode = text[..split];
                string quoteCode = text[split..];
                if (s_crypto.Contains(baseCode) && (s_crypto.Contains(quoteCode) || s_fiat.Contains(quoteCode)) && baseCode != quoteCode)
                {
                    return new CryptoPair(Currency.Create(baseCode), Currency.Create(quoteCode));
                }
            }
        }

        return new Equity(symbol);
    }
}
