using Bastion.Risk.Limits;

namespace Bastion.Risk.Tests.Limits;

public sealed class RiskAlertTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 4, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromChecks_WarnAndBreach_RaiseWarningAndCriticalWithTheirThresholds()
    {
        LimitCheck[] checks =
        [
            new("position weight", "AAPL", 0.05, 0.10, LimitStatus.Pass),
            new("position weight", "MA", 0.085, 0.10, LimitStatus.Warn),
            new("correlation", "BAC/JPM", 0.92, 0.70, LimitStatus.Breach),
        ];

        IReadOnlyList<RiskAlert> alerts = RiskAlert.FromChecks(checks, "book-1", 0.8, new FixedClock(s_now));

        Assert.Equal(2, alerts.Count);
        Assert.Equal(new RiskAlert(s_now, AlertSeverity.Warning, "book-1", "position weight", "MA", 0.085, 0.8 * 0.10,
            "position weight of MA 0.085 is past the warning level 0.08"), alerts[0]);
        Assert.Equal(AlertSeverity.Critical, alerts[1].Severity);
        Assert.Equal(0.70, alerts[1].Threshold);
        Assert.Equal("correlation of BAC/JPM 0.92 breaches the limit 0.7", alerts[1].Message);
    }

    [Fact]
    public void FromChecks_EveryStateOfTheMonitor_OneAlertPerNonPassingCheck()
    {
        var state = new PortfolioRiskState(["A", "B", "C"], [0.5, 0.3, 0.2], 1_000_000.0);
        var limits = new RiskLimits { MaxPositionWeight = 0.35 };
        IReadOnlyList<LimitCheck> checks = LimitMonitor.Evaluate(state, limits);

        IReadOnlyList<RiskAlert> alerts = RiskAlert.FromChecks(checks, "book", limits.WarnFraction, new FixedClock(s_now));

        Assert.Equal(checks.Count(c => c.Status != LimitStatus.Pass), alerts.Count);
        Assert.Contains(alerts, a => a.Subject == "A" && a.Severity == AlertSeverity.Critical);
        Assert.Contains(alerts, a => a.Subject == "B" && a.Severity == AlertSeverity.Warning); // 0.30 ≥ 0.8 × 0.35
        Assert.DoesNotContain(alerts, a => a.Subject == "C");
    }

    [Fact]
    public void FromDrawdown_SoftAndHardLevels_WarningThenCritical()
    {
        var controller = new DrawdownController(0.10, 0.20);
        var clock = new FixedClock(s_now);
        controller.Update(100.0);
        controller.Update(95.0);
        Assert.Null(RiskAlert.FromDrawdown(controller, "book", clock));
        controller.Update(85.0);
        RiskAlert? warning = RiskAlert.FromDrawdown(controller, "book", clock);
        Assert.Equal(AlertSeverity.Warning, warning!.Severity);
        Assert.Equal(0.15, warning.Value, 12);
        Assert.Equal("drawdown 15.00 % is past the soft level 10.00 %", warning.Message);
        controller.Update(79.0);
        Assert.Equal(AlertSeverity.Critical, RiskAlert.FromDrawdown(controller, "book", clock)!.Severity);
    }

    [Fact]
    public void FromChecks_BadArguments_Throw()
    {
        var clock = new FixedClock(s_now);
        Assert.Throws<ArgumentException>(() => RiskAlert.FromChecks([], " ", 0.8, clock));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskAlert.FromChecks([], "book", 1.5, clock));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
