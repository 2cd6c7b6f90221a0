using System.Globalization;

namespace Bastion.Core.Futures;

/// <summary>
/// A futures delivery month, written with the CME month codes: F Jan, G Feb, H Mar, J Apr, K May, M Jun, N Jul, Q Aug,
/// U Sep, V Oct, X Nov, Z Dec (so <c>Z26</c> is December 2026).
/// </summary>
public readonly record struct ContractMonth : IComparable<ContractMonth>
{
    private const string Codes = "FGHJKMNQUVXZ";

    /// <summary>Creates a contract month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1900–2199 or month outside 1–12.</exception>
    public ContractMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2199);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>Calendar year.</summary>
    public int Year { get; }

    /// <summary>Month 1–12.</summary>
    public int Month { get; }

    /// <summary>The CME month code letter.</summary>
    public char Code => Codes[Month - 1];

    /// <summary>The month of a CME month code letter.</summary>
    /// <exception cref="ArgumentException">The letter is not a month code.</exception>
    public static int MonthOfCode(char code)
    {
        int i = Codes.IndexOf(char.ToUpperInvariant(code), StringComparison.Ordinal);
        if (i < 0)
        {
            throw new ArgumentException($"'{code}' is not a futures month code ({Codes})", nameof(code));
        }

        return i + 1;
    }

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    public ContractMonth AddMonths(int months)
    {
        int index = (Year * 12) + (Month - 1) + months;
        return new ContractMonth(index / 12, (index % 12) + 1);
    }

    /// <inheritdoc />
    public int CompareTo(ContractMonth other) => ((Year * 12) + Month).CompareTo((other.Year * 12) + other.Month);

    /// <summary>Code and two-digit year, e.g. <c>Z26</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code}{Year % 100:D2}");

    /// <summary>Earlier month.</summary>
    public static bool operator <(ContractMonth left, ContractMonth right) => left.CompareTo(right) < 0;

    /// <summary>Later month.</summary>
    public static bool operator >(ContractMonth left, ContractMonth right) => left.CompareTo(right) > 0;

    /// <summary>Same or earlier month.</summary>
    public static bool operator <=(ContractMonth left, ContractMonth right) => left.CompareTo(right) <= 0;

    /// <summary>Same or later month.</summary>
    public static bool operator >=(ContractMonth left, ContractMonth right) => left.CompareTo(right) >= 0;
}
