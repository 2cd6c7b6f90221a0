using System.Globalization;
using System.Net;

namespace Bastion.Analytics.Reports.Html;

/// <summary>Display formatting for the tear sheet (invariant culture, Unicode minus, en dash for undefined).</summary>
internal static class Fmt
{
    public const string Undefined = "–";

    public static string Html(string text) => WebUtility.HtmlEncode(text);

    public static string Num(double v, int decimals = 2)
        => double.IsNaN(v) ? Undefined : double.IsPositiveInfinity(v) ? "∞" : Minus(v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    public static string Pct(double v, int decimals = 2)
        => double.IsNaN(v) ? Undefined : Minus((v * 100).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)) + "%";

    public static string Date(DateTimeOffset d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Metric(double v, MetricFormat format) => format switch
    {
        MetricFormat.Percent => Pct(v),
        MetricFormat.Probability => double.IsNaN(v) ? Undefined : v.ToString(v < 0.0001 && v > 0 ? "0.0e0" : "0.0000", CultureInfo.InvariantCulture),
        MetricFormat.Count => Num(v, 0),
        MetricFormat.Money => Num(v, 2),
        MetricFormat.Days => Num(v, 1),
        _ => Num(v, 2),
    };

    /// <summary>SVG coordinate: one decimal, invariant.</summary>
    public static string C(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Minus(string s)
    {
        if (!s.StartsWith('-'))
        {
            return s;
        }

        // "-0.00" after rounding is zero: print it without a sign.
        return s.AsSpan(1).IndexOfAnyExcept("0.,") < 0 ? s[1..] : "−" + s[1..];
    }
}
