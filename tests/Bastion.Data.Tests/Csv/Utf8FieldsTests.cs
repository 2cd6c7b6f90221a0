using System.Globalization;
using System.Text;
using Bastion.Data.Csv;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Data.Tests.Csv;

public sealed class Utf8FieldsTests
{
    [Theory]
    [InlineData("2024-01-02", "2024-01-02T00:00:00Z", false)]
    [InlineData("2024-01-02T14:30:00", "2024-01-02T14:30:00Z", true)]
    [InlineData("2024-01-02 14:30", "2024-01-02T14:30:00Z", true)]
    [InlineData("2024-01-02T14:30:00.125Z", "2024-01-02T14:30:00.125Z", true)]
    [InlineData("2024-01-02T09:30:00-05:00", "2024-01-02T14:30:00Z", true)]
    [InlineData("2024-01-02T00:30:00+01:00", "2024-01-01T23:30:00Z", true)]
    public void TryParseTimestamp_IsoForms_GiveUtcTicks(string text, string expectedUtc, bool expectedHasTime)
    {
        Assert.True(Utf8Fields.TryParseTimestamp(Encoding.UTF8.GetBytes(text), out long ticks, out bool hasTime));
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture).UtcTicks, ticks);
        Assert.Equal(expectedHasTime, hasTime);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("2024/01/02")]
    [InlineData("20240102")]
    [InlineData("2024-01-02T25:00")]
    [InlineData("2024-01-02X10:00")]
    [InlineData("")]
    public void TryParseTimestamp_BadText_IsFalse(string text)
        => Assert.False(Utf8Fields.TryParseTimestamp(Encoding.UTF8.GetBytes(text), out _, out _));

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData(" 3 ", 3.0)]
    [InlineData("1e-3", 0.001)]
    [InlineData("-0.25", -0.25)]
    [InlineData("\"7.5\"", 7.5)]
    public void TryParseDouble_Numbers_Parse(string text, double expected)
    {
        Assert.True(Utf8Fields.TryParseDouble(Encoding.UTF8.GetBytes(text), out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("12x")]
    public void TryParseDouble_NotNumbers_AreFalse(string text)
        => Assert.False(Utf8Fields.TryParseDouble(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void TryParseTimestamp_RoundTripsAnyInstant_AgreesWithBcl()
    {
        // Property: formatting any instant (ms precision) as ISO 8601 and parsing it back gives the BCL's ticks.
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 999).ToArbitrary(), (seconds, ms) =>
        {
            DateTime t = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds).AddMilliseconds(ms);
            string text = t.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
            return Utf8Fields.TryParseTimestamp(Encoding.UTF8.GetBytes(text), out long ticks, out _) && ticks == t.Ticks;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryParseDouble_RoundTripsAnyFiniteDouble()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NormalFloat>(), x =>
        {
            double v = x.Get;
            return Utf8Fields.TryParseDouble(Encoding.UTF8.GetBytes(v.ToString("R", CultureInfo.InvariantCulture)), out double parsed) && parsed == v;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryParseDouble_PlainDecimals_SameDoubleAsTheBclParser()
    {
        // Property for the fast path: up to 15 significant digits with any number of decimals, as price files write them.
        Prop.ForAll(Gen.Choose(0, 999_999_999).ToArbitrary(), Gen.Choose(0, 99_999).ToArbitrary(), Gen.Choose(0, 14).ToArbitrary(), (hi, lo, decimals) =>
        {
            string digits = (((long)hi * 100_000) + lo).ToString(CultureInfo.InvariantCulture);
            string text = decimals >= digits.Length ? "0." + digits.PadLeft(decimals, '0') : digits.Insert(digits.Length - decimals, ".");
            text = decimals == 0 ? digits : text;
            return Utf8Fields.TryParseDouble(Encoding.UTF8.GetBytes(text), out double parsed)
                && parsed == double.Parse(text, CultureInfo.InvariantCulture);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reader_MinuteRowsSharingADate_SameTicksAsFullParse()
    {
        // The reader reuses a repeated date; a row with an offset on the same date must still be converted.
        string path = Path.Combine(Path.GetTempPath(), $"bastion-cache-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "timestamp,open,high,low,close,volume\n2024-01-02T10:00:00Z,1,1,1,1,1\n" +
            "2024-01-02T10:01:00,1,1,1,1,1\n2024-01-02T11:02:00+01:00,1,1,1,1,1\n2024-01-03T00:00:00Z,1,1,1,1,1\n");
        try
        {
            long[] ticks = [.. BarCsvReader.Open(path).Select(b => b.StartUtcTicks)];
            Assert.Equal(
                [new DateTime(2024, 1, 2, 10, 0, 0).Ticks, new DateTime(2024, 1, 2, 10, 1, 0).Ticks, new DateTime(2024, 1, 2, 10, 2, 0).Ticks, new DateTime(2024, 1, 3).Ticks],
                ticks);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
