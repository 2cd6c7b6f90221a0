using System.Buffers.Text;

namespace Bastion.Data.Csv;

/// <summary>Allocation-free parsing of CSV fields held as UTF-8 bytes.</summary>
internal static class Utf8Fields
{
    private static readonly double[] s_powersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>Parses a decimal number (<c>12.5</c>, <c>1e-3</c>); the whole field must be consumed. Blank is false.</summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> field, out double value)
    {
        if (TryParsePlainDecimal(field, out value))
        {
            return true;
        }

        field = field.Trim((byte)' ');
        if (field.Length > 1 && field[0] == (byte)'"' && field[^1] == (byte)'"')
        {
            field = field[1..^1];
        }

        if (Utf8Parser.TryParse(field, out value, out int consumed) && consumed == field.Length && field.Length > 0)
        {
            return true;
        }

        // Rare spellings Utf8Parser refuses (NaN, Infinity): let the full parser decide, still without a string.
        return field.Length > 0 && double.TryParse(field, System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Fast path for the common spelling <c>[-]digits[.digits]</c> with at most 15 significant digits (Clinger's fast
    /// path): the digits form an exact integer m &lt; 2^53 and 10^k is exact for k ≤ 22, so m / 10^k is one correctly
    /// rounded IEEE division, the same double the full parser returns. Anything else returns false.
    /// </summary>
    private static bool TryParsePlainDecimal(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (s.Length > 0 && s[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }

        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < s.Length; i++)
        {
            uint d = (uint)(s[i] - (byte)'0');
            if (d <= 9)
            {
                if (++digits > 15)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + d;
                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (s[i] == (byte)'.' && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        double result = fraction > 0 ? mantissa / s_powersOfTen[fraction] : mantissa;
        value = negative ? -result : result;
        return true;
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> into UTC ticks at midnight.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> s, out long ticks)
    {
        ticks = 0;
        if (s.Length < 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !TryDigits(s[..4], out int y) || !TryDigits(s.Slice(5, 2), out int m) || !TryDigits(s.Slice(8, 2), out int d)
            || y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        ticks = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc).Ticks;
        return true;
    }

    /// <summary>Parses <c>HH:mm[:ss[.fffffff]]</c> into ticks since midnight.</summary>
    public static bool TryParseTimeOfDay(ReadOnlySpan<byte> s, out long ticks)
    {
        ticks = 0;
        if (s.Length < 5 || s[2] != (byte)':' || !TryDigits(s[..2], out int h) || !TryDigits(s.Slice(3, 2), out int min)
            || h > 23 || min > 59)
        {
            return false;
        }

        long result = (h * TimeSpan.TicksPerHour) + (min * TimeSpan.TicksPerMinute);
        s = s[5..];
        if (s.Length > 0)
        {
            if (s.Length < 3 || s[0] != (byte)':' || !TryDigits(s.Slice(1, 2), out int sec) || sec > 59)
            {
                return false;
            }

            result += sec * TimeSpan.TicksPerSecond;
            s = s[3..];
            if (s.Length > 0)
            {
                if (s[0] != (byte)'.' || s.Length < 2 || s.Length > 8 || !TryDigits(s[1..], out int frac))
                {
                    return false;
                }

                for (int i = s.Length - 1; i < 7; i++)
                {
                    frac *= 10;
                }

                result += frac;
            }
        }

        ticks = result;
        return true;
    }

    /// <summary>
    /// Parses an ISO 8601 date or date-time (<c>2024-01-02</c>, <c>2024-01-02T14:30:00[.fff][Z|±HH:MM]</c>, a space
    /// instead of <c>T</c> is accepted) into UTC ticks. No offset means UTC. <paramref name="hasTime"/> says whether a
    /// time of day was present.
    /// </summary>
    public static bool TryParseTimestamp(ReadOnlySpan<byte> s, out long utcTicks, out bool hasTime)
    {
        utcTicks = 0;
        hasTime = false;
        s = s.Trim((byte)' ');
        if (!TryParseDate(s, out long dateTicks))
        {
            return false;
        }

        if (s.Length == 10)
        {
            utcTicks = dateTicks;
            return true;
        }

        if (s[10] is not ((byte)'T' or (byte)' '))
        {
            return false;
        }

        ReadOnlySpan<byte> rest = s[11..];
        long offsetTicks = 0;
        if (rest.Length > 0 && rest[^1] == (byte)'Z')
        {
            rest = rest[..^1];
        }
        else if (rest.Length >= 6 && rest[^6] is (byte)'+' or (byte)'-' && rest[^3] == (byte)':')
        {
            if (!TryDigits(rest.Slice(rest.Length - 5, 2), out int oh) || !TryDigits(rest[^2..], out int om))
            {
                return false;
            }

            offsetTicks = ((oh * TimeSpan.TicksPerHour) + (om * TimeSpan.TicksPerMinute)) * (rest[^6] == (byte)'-' ? -1 : 1);
            rest = rest[..^6];
        }

        if (!TryParseTimeOfDay(rest, out long timeTicks))
        {
            return false;
        }

        hasTime = true;
        utcTicks = dateTicks + timeTicks - offsetTicks;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return false;
        }

        foreach (byte b in s)
        {
            uint digit = (uint)(b - (byte)'0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
