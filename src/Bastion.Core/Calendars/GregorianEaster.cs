namespace Bastion.Core.Calendars;

/// <summary>Western (Gregorian) Easter, needed for Good Friday closures.</summary>
public static class GregorianEaster
{
    /// <summary>
    /// Easter Sunday of <paramref name="year"/> by the anonymous Gregorian algorithm (Meeus/Jones/Butcher,
    /// J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed., ch. 8), valid for every Gregorian year.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1583 or after 9999.</exception>
    public static DateOnly Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Good Friday: two days before Easter Sunday.</summary>
    public static DateOnly GoodFriday(int year) => Sunday(year).AddDays(-2);
}
