namespace Bastion.Core.Text;

/// <summary>
/// Writes instants as ISO 8601 UTC to the second, <c>yyyy-MM-ddTHH:mm:ssZ</c>, without the custom date formatter, for
/// outputs that write one per row of a long list (trade and order lists). The text is exactly
/// <c>time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)</c>: converted to UTC, fractions
/// of a second cut (not rounded), the year zero-padded to four digits.
/// </summary>
public static class UtcStamp
{
    /// <summary>The characters every stamp takes.</summary>
    public const int Length = 20;

    /// <summary>Writes <paramref name="time"/> into <paramref name="destination"/> (at least <see cref="Length"/> long); returns <see cref="Length"/>.</summary>
    public static int Format(DateTimeOffset time, Span<char> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, Length, nameof(destination));
        DateTime utc = time.UtcDateTime;
        (int year, int month, int day) = utc;
        int second = (int)(utc.Ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond);
        Digits(destination.Slice(0, 4), year);
        destination[4] = '-';
        Digits(destination.Slice(5, 2), month);
        destination[7] = '-';
        Digits(destination.Slice(8, 2), day);
        destination[10] = 'T';
        Digits(destination.Slice(11, 2), second / 3600);
        destination[13] = ':';
        Digits(destination.Slice(14, 2), second / 60 % 60);
        destination[16] = ':';
        Digits(destination.Slice(17, 2), second % 60);
        destination[19] = 'Z';
        return Length;
    }

    /// <summary>The stamp as a string.</summary>
    public static string Format(DateTimeOffset time) => string.Create(Length, time, static (text, t) => Format(t, text));

    /// <summary>Fills <paramref name="field"/> with <paramref name="value"/>'s last digits, zero-padded on the left.</summary>
    private static void Digits(Span<char> field, int value)
    {
        for (int i = field.Length - 1; i >= 0; i--)
        {
            field[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
