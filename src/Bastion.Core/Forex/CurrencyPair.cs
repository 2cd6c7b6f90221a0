using Bastion.Core.Money;

namespace Bastion.Core.Forex;

/// <summary>Parsing of currency-pair text such as <c>EURUSD</c>, <c>EUR/USD</c> or <c>EUR-USD</c>.</summary>
public static class CurrencyPair
{
    /// <summary>
    /// Splits pair text into base and quote currencies. Six letters split 3+3; with a <c>/</c> or <c>-</c> separator each
    /// side may have 3–5 letters (crypto codes). The two currencies must differ.
    /// </summary>
    public static bool TryParse(string? text, out Currency baseCurrency, out Currency quoteCurrency, out string error)
    {
        baseCurrency = default;
        quoteCurrency = default;
        string t = text?.Trim() ?? string.Empty;
        int sep = t.IndexOfAny(['/', '-']);
        (string left, string right) = sep >= 0 ? (t[..sep], t[(sep + 1)..]) : t.Length == 6 ? (t[..3], t[3..]) : (string.Empty, string.Empty);
        if (left.Length is < 3 or > 5 || right.Length is < 3 or > 5 || !(left + right).All(char.IsAsciiLetter))
        {
            error = $"'{text}' is not a currency pair (e.g. EURUSD or EUR/USD)";
            return false;
        }

        baseCurrency = Currency.Create(left);
        quoteCurrency = Currency.Create(right);
        if (baseCurrency == quoteCurrency)
        {
            error = $"'{text}' has the same currency on both sides";
            return false;
        }

        error = string.Empty;
        return true;
    }
}
