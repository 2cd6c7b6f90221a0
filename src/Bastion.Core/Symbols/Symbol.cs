namespace Bastion.Core.Symbols;

/// <summary>
/// A ticker symbol as a trader writes it (<c>SPY</c>, <c>EURUSD</c>, <c>BTC-USD</c>, <c>ESZ6</c>).
/// Always upper case, 1–32 characters of letters, digits and <c>. - _ / ^ =</c>.
/// </summary>
public readonly record struct Symbol
{
    private Symbol(string value) => Value = value;

    /// <summary>The normalized (upper-case) symbol text.</summary>
    public string Value { get; }

    /// <summary>Creates a symbol, normalizing to upper case.</summary>
    /// <exception cref="ArgumentException">The text is empty, too long, or has characters a symbol cannot hold.</exception>
    public static Symbol Create(string value)
    {
        if (!TryCreate(value, out Symbol symbol, out string? error))
        {
            throw new ArgumentException(error, nameof(value));
        }

        return symbol;
    }

    /// <summary>Tries to create a symbol; <paramref name="error"/> says why it failed.</summary>
    public static bool TryCreate(string? value, out Symbol symbol, out string? error)
    {
        symbol = default;
        string trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 32)
        {
            error = $"symbol '{value}' must have 1 to 32 characters";
            return false;
        }

        foreach (char c in trimmed)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or '^' or '='))
            {
                error = $"symbol '{value}' has a character '{c}' a symbol cannot hold";
                return false;
            }
        }

        symbol = new Symbol(trimmed.ToUpperInvariant());
        error = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
