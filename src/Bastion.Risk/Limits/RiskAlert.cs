using System.Globalization;

namespace Bastion.Risk.Limits;

/// <summary>
/// A risk alert for monitoring and the API: what fired, where, how badly, with its figures. Immutable.
/// </summary>
/// <param name="Time">When it was raised (UTC, from the injected clock).</param>
/// <param name="Severity">Warning (past a warning level) or critical (past a limit).</param>
/// <param name="Source">Who raised it: a portfolio, book or strategy name.</param>
/// <param name="Check">Which check: a <see cref="LimitCheck.Limit"/> name, or "drawdown".</param>
/// <param name="Subject">What it applies to: an asset, a sector, a pair "A/B", or "portfolio".</param>
/// <param name="Value">The measured figure, in the units of <paramref name="Threshold"/>.</param>
/// <param name="Threshold">The level that was crossed: the limit for critical alerts, the warning level for warnings.</param>
/// <param name="Message">One line for a person.</param>
public sealed record RiskAlert(
    DateTimeOffset Time, AlertSeverity Severity, string Source, string Check, string Subject, double Value, double Threshold, string Message)
{
    /// <summary>
    /// Alerts for the checks that warn or breach (passing checks raise none): warn → <see cref="AlertSeverity.Warning"/>
    /// with <paramref name="warningFraction"/> × limit as its threshold, breach → <see cref="AlertSeverity.Critical"/>
    /// with the limit, in the order of <paramref name="checks"/>.
    /// </summary>
    /// <param name="checks">Evaluated checks, e.g. from <see cref="LimitMonitor.Evaluate"/>.</param>
    /// <param name="source">Who raised them (non-empty).</param>
    /// <param name="warningFraction">The warning level as a fraction of each limit, in (0, 1] (as in <see cref="RiskLimits"/>).</param>
    /// <param name="clock">The clock that stamps them.</param>
    public static IReadOnlyList<RiskAlert> FromChecks(IEnumerable<LimitCheck> checks, string source, double warningFraction, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(clock);
        if (!(warningFraction > 0.0 && warningFraction <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(warningFraction), warningFraction, "the warning fraction must be in (0, 1]");
        }

        DateTimeOffset now = clock.GetUtcNow();
        var alerts = new List<RiskAlert>();
        foreach (LimitCheck c in checks)
        {
            if (c.Status == LimitStatus.Pass)
            {
                continue;
            }

            bool breach = c.Status == LimitStatus.Breach;
            double threshold = breach ? c.Threshold : warningFraction * c.Threshold;
            string verb = breach ? "breaches the limit" : "is past the warning level";
            alerts.Add(new RiskAlert(
                now, breach ? AlertSeverity.Critical : AlertSeverity.Warning, source, c.Limit, c.Subject, c.Value, threshold,
                string.Create(CultureInfo.InvariantCulture, $"{c.Limit} of {c.Subject} {c.Value:G6} {verb} {threshold:G6}")));
        }

        return alerts;
    }

    /// <summary>
    /// The drawdown controller's alert after its last <see cref="DrawdownController.Update"/>: critical at or past the hard
    /// drawdown, a warning past the soft one, none (null) within it.
    /// </summary>
    public static RiskAlert? FromDrawdown(DrawdownController controller, string source, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(clock);
        double drawdown = controller.Drawdown;
        if (drawdown <= controller.SoftDrawdown)
        {
            return null;
        }

        bool critical = drawdown >= controller.HardDrawdown;
        double threshold = critical ? controller.HardDrawdown : controller.SoftDrawdown;
        return new RiskAlert(
            clock.GetUtcNow(), critical ? AlertSeverity.Critical : AlertSeverity.Warning, source, "drawdown", "portfolio", drawdown, threshold,
            string.Create(CultureInfo.InvariantCulture, $"drawdown {drawdown:P2} is past the {(critical ? "hard" : "soft")} level {threshold:P2}"));
    }
}
