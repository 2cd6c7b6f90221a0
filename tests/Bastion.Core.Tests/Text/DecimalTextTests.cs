using System.Globalization;
using Bastion.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Text;

/// <summary><see cref="DecimalText"/> against the framework's own formatter, which defines the expected text.</summary>
public sealed class DecimalTextTests
{
    private const string Trimmed = "0.############################";

    private static string Format(decimal value, bool trim)
    {
        Span<char> text = stackalloc char[DecimalText.MaxLength];
        return text[..DecimalText.Format(value, text, trim)].ToString();
    }

    [Theory]
    [InlineData("0", "0", "0")]
    [InlineData("0.000", "0.000", "0")]
    [InlineData("100.2500", "100.2500", "100.25")]
    [InlineData("-1.50", "-1.50", "-1.5")]
    [InlineData("0.05", "0.05", "0.05")]
    [InlineData("-0.0000000000000000000000000001", "-0.0000000000000000000000000001", "-0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-7.9228162514264337593543950335", "-7.9228162514264337593543950335", "-7.9228162514264337593543950335")]
    [InlineData("120.000", "120.000", "120")]
    public void Format_Examples_AsWrittenOut(string input, string full, string trimmed)
    {
        decimal value = decimal.Parse(input, CultureInfo.InvariantCulture);
        Assert.Equal(full, Format(value, trim: false));
        Assert.Equal(trimmed, Format(value, trim: true));
    }

    [Fact]
    public void Format_NegativeZeroOfAnyScale_HasNoSign()
    {
        for (byte scale = 0; scale <= 28; scale++)
        {
            var zero = new decimal(0, 0, 0, isNegative: true, scale);
            Assert.Equal(zero.ToString(CultureInfo.InvariantCulture), Format(zero, trim: false));
            Assert.Equal("0", Format(zero, trim: true));
        }
    }

    [Fact]
    public void Format_AnyDecimal_SameTextAsToString()
    {
        Gen<decimal> decimals =
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Elements(0, 0, 1, int.MinValue, int.MaxValue, -1, 12_345)
            from hi in Gen.Elements(0, 0, 0, 1, -1, int.MaxValue)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale);
        Prop.ForAll(decimals.ToArbitrary(), d =>
        {
            Assert.Equal(d.ToString(CultureInfo.InvariantCulture), Format(d, trim: false));
            Assert.Equal(d.ToString(Trimmed, CultureInfo.InvariantCulture), Format(d, trim: true));
        }).QuickCheckThrowOnFailure();
    }
}
