using System.Globalization;

namespace Bastion.Core.Text;

/// <summary>
/// Writes decimals as text without the general number formatter, for outputs that write one per field of a long list
/// (order lists, their hash). The text is exactly <c>value.ToString(CultureInfo.InvariantCulture)</c> (every digit of
/// the scale kept, <c>1.50</c>) or, trimmed, <c>value.ToString("0.############################", CultureInfo.InvariantCulture)</c>
/// (no trailing zeros, <c>1.5</c>). Zero has no sign in either form, whatever the sign bit.
/// </summary>
public static class DecimalText
{
    /// <summary>The most characters a decimal takes: 29 digits, a sign, a point and a leading zero.</summary>
    public const int MaxLength = 32;

    /// <summary>Writes <paramref name="value"/> into <paramref name="destination"/> (at least <see cref="MaxLength"/> long); returns the characters written.</summary>
    public static int Format(decimal value, Span<char> destination, bool trimTrailingZeros)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, MaxLength, nameof(destination));
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        var mantissa = unchecked(new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
        Span<char> digits = stackalloc char[29];
        mantissa.TryFormat(digits, out int count, default, CultureInfo.InvariantCulture);
        digits = digits[..count];

        int length = 0;
        if (bits[3] < 0 && mantissa != UInt128.Zero)
        {
            destination[length++] = '-';
        }

        if (scale == 0)
        {
            digits.CopyTo(destination[length..]);
            return length + count;
        }

        // Fraction digits (zero-padded on the left when the mantissa is shorter than the scale), trailing zeros cut if asked.
        int whole = count - scale;
        int fractionEnd = scale;
        if (trimTrailingZeros)
        {
            while (fractionEnd > 0 && FractionDigit(digits, whole, fractionEnd - 1) == '0')
            {
                fractionEnd--;
            }
        }

        if (whole > 0)
        {
            digits[..whole].CopyTo(destination[length..]);
            length += whole;
        }
        else
        {
            destination[length++] = '0';
        }

        if (fractionEnd == 0)
        {
            return length;
        }

        destination[length++] = '.';
        for (int i = 0; i < fractionEnd; i++)
        {
            destination[length++] = FractionDigit(digits, whole, i);
        }

        return length;
    }

    /// <summary>Fraction digit <paramref name="i"/> when the mantissa's digits put <paramref name="whole"/> of them before the point (negative: zeros come first).</summary>
    private static char FractionDigit(ReadOnlySpan<char> digits, int whole, int i) => whole + i < 0 ? '0' : digits[whole + i];
}
