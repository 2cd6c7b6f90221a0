using Bastion.Core.Calendars;
using Bastion.Core.Futures;

namespace Bastion.Core.Tests.Futures;

public sealed class FuturesExpiryTests
{
    [Fact]
    public void MonthCodes_FollowCmeConvention()
    {
        Assert.Equal("FGHJKMNQUVXZ", string.Concat(Enumerable.Range(1, 12).Select(m => new ContractMonth(2026, m).Code)));
        Assert.Equal(12, ContractMonth.MonthOfCode('z'));
        Assert.Equal(3, ContractMonth.MonthOfCode('H'));
        Assert.Throws<ArgumentException>(() => ContractMonth.MonthOfCode('A'));
        Assert.Equal("H27", new ContractMonth(2026, 12).AddMonths(3).ToString());
        Assert.True(new ContractMonth(2026, 12) < new ContractMonth(2027, 3));
    }

    [Theory]
    // CME Group published last trading days of E-mini S&P 500 futures (third Friday of the contract month).
    [InlineData(2024, 3, "2024-03-15")]
    [InlineData(2024, 6, "2024-06-21")]
    [InlineData(2024, 9, "2024-09-20")]
    [InlineData(2024, 12, "2024-12-20")]
    [InlineData(2025, 3, "2025-03-21")]
    [InlineData(2026, 12, "2026-12-18")]
    // April 2025: the third Friday (04-18) is Good Friday, so the rule moves to Thursday 04-17 (as SPX monthly options did).
    [InlineData(2025, 4, "2025-04-17")]
    public void EquityIndexLastTradingDay_ThirdFridayOrTradingDayBefore(int year, int month, string expected)
        => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FuturesExpiry.EquityIndexLastTradingDay(new ContractMonth(year, month), XnysCalendar.Instance));

    [Fact]
    public void QuarterlyContracts_OnAndAfterExpiry_PicksFrontMonth()
    {
        Assert.Equal(["H24", "M24", "U24"], FuturesExpiry.QuarterlyContracts(new DateOnly(2024, 3, 15), 3, XnysCalendar.Instance).Select(m => m.ToString()));
        Assert.Equal(["M24", "U24"], FuturesExpiry.QuarterlyContracts(new DateOnly(2024, 3, 16), 2, XnysCalendar.Instance).Select(m => m.ToString()));
        Assert.Equal(["H25"], FuturesExpiry.QuarterlyContracts(new DateOnly(2024, 12, 23), 1, XnysCalendar.Instance).Select(m => m.ToString()));
        Assert.Equal(["Z24"], FuturesExpiry.QuarterlyContracts(new DateOnly(2024, 10, 1), 1, XnysCalendar.Instance).Select(m => m.ToString()));
    }
}
