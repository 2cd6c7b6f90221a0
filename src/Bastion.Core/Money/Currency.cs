namespace Bastion.Core.Money;

/// <summary>An ISO 4217-style currency code of three upper-case letters (crypto codes such as <c>BTC</c>, <c>USDT</c> of 3–5).</summary>
public readonly record struct Currency
{
    private Currency(string code) => Code = code;

    /// <summary>The upper-case currency code.</summary>
    public string Code { get; }

    /// <summary>US dollar.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>Euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>Pound sterling.</summary>
    public static Currency Gbp { get; } = new("GBP");

    /// <summary>Japanese yen.</summary>
    public static Currency Jpy { get; } = new("JPY");

    /// <summary>Creates a currency from its code.</summary>
    /// <exception cref="ArgumentException">The code is not 3–5 ASCII letters.</exception>
    public static Currency Create(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        string c = code.Trim().ToUpperInvariant();
        if (c.Length is < 3 or > 5 || !c.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"currency code '{code}' must be 3 to 5 letters", nameof(code));
        }

        return new Currency(c);
    }

    /// <inheritdoc />
    public override string ToString() => Code ?? string.Empty;
}
