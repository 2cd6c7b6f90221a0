using System.Globalization;
using Bastion.Core.Money;

namespace Bastion.Core.Forex;

/// <summary>One quoted exchange rate: <see cref="Rate"/> units of <see cref="Quote"/> per one unit of <see cref="Base"/>.</summary>
/// <param name="Base">The currency being priced.</param>
/// <param name="Quote">The currency the price is in.</param>
/// <param name="Rate">Quote units per base unit; positive.</param>
public readonly record struct FxRate(Currency Base, Currency Quote, decimal Rate)
{
    /// <summary>
    /// Parses <c>EURUSD=1.08</c> (also <c>EUR/USD=1.08</c>): a six-letter pair of two three-letter codes, <c>=</c>, a positive
    /// number in invariant culture.
    /// </summary>
    public static bool TryParse(string? text, out FxRate rate, out string error)
    {
        rate = default;
        int eq = text?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (text is null || eq < 0)
        {
            error = $"'{text}' is not PAIR=RATE (e.g. EURUSD=1.08)";
            return false;
        }

        if (!CurrencyPair.TryParse(text[..eq], out Currency b, out Currency q, out error))
        {
            return false;
        }

        string number = text[(eq + 1)..].Trim();
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value <= 0m)
        {
            error = $"'{number}' in '{text}' is not a positive rate";
            return false;
        }

        rate = new FxRate(b, q, value);
        error = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Base}{Quote}={Rate.ToString(CultureInfo.InvariantCulture)}";
}
