namespace Bastion.Risk.Limits;

/// <summary>
/// Evaluates <see cref="RiskLimits"/> against a <see cref="PortfolioRiskState"/>: every configured limit yields one check per
/// subject (asset, sector, pair, or the portfolio) with its figure and status. Limit outcomes are values, not exceptions.
/// Thread-safe.
/// </summary>
public static class LimitMonitor
{
    /// <summary>All checks, in the order: position weight, sector weight, correlation, VaR budget, daily loss, gross, net, liquidity.</summary>
    /// <exception cref="ArgumentException">Array lengths disagree with the assets, or a limit is not positive.</exception>
    public static IReadOnlyList<LimitCheck> Evaluate(PortfolioRiskState state, RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(limits);
        int n = state.Assets.Count;
        Require(state.Weights.Count == n, $"{state.Weights.Count} weights for {n} assets", nameof(state));
        Require(limits.WarnFraction > 0.0 && limits.WarnFraction <= 1.0, "WarnFraction must be in (0, 1]", nameof(limits));
        var checks = new List<LimitCheck>();
        double warn = limits.WarnFraction;
        if (limits.MaxPositionWeight is { } maxWeight)
        {
            for (int i = 0; i < n; i++)
            {
                checks.Add(Check("position weight", state.Assets[i], Math.Abs(state.Weights[i]), maxWeight, warn));
            }
        }

        if (limits.MaxSectorWeight is { } maxSector && state.Sectors is { } sectors)
        {
            Require(sectors.Count == n, $"{sectors.Count} sectors for {n} assets", nameof(state));
            foreach (IGrouping<string, int> g in Enumerable.Range(0, n).GroupBy(i => sectors[i], StringComparer.Ordinal))
            {
                checks.Add(Check("sector weight", g.Key, Math.Abs(g.Sum(i => state.Weights[i])), maxSector, warn));
            }
        }

        if (limits.MaxPairwiseCorrelation is { } maxCorrelation && state.Correlation is { } corr)
        {
            Require(corr.GetLength(0) == n && corr.GetLength(1) == n, "correlation matrix does not match the assets", nameof(state));
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    if (state.Weights[i] != 0.0 && state.Weights[j] != 0.0)
                    {
                        checks.Add(Check("pairwise correlation", $"{state.Assets[i]}/{state.Assets[j]}", corr[i, j], maxCorrelation, warn));
                    }
                }
            }
        }

        if (limits.VaRBudget is { } budget && state.ValueAtRisk is { } var)
        {
            checks.Add(Check("VaR budget", "portfolio", var, budget, warn));
        }

        if (limits.MaxDailyLoss is { } maxLoss && state.DailyReturn is { } daily)
        {
            checks.Add(Check("daily loss", "portfolio", Math.Max(0.0, -daily), maxLoss, warn));
        }

        if (limits.MaxGrossExposure is { } maxGross)
        {
            checks.Add(Check("gross exposure", "portfolio", state.Weights.Sum(Math.Abs), maxGross, warn));
        }

        if (limits.MaxNetExposure is { } maxNet)
        {
            checks.Add(Check("net exposure", "portfolio", Math.Abs(state.Weights.Sum()), maxNet, warn));
        }

        if (limits.MaxDaysToLiquidate is { } maxDays && state.AverageDailyVolume is { } adv)
        {
            Require(adv.Count == n, $"{adv.Count} volumes for {n} assets", nameof(state));
            Require(limits.ParticipationRate > 0.0 && limits.ParticipationRate <= 1.0, "ParticipationRate must be in (0, 1]", nameof(limits));
            for (int i = 0; i < n; i++)
            {
                double value = Math.Abs(state.Weights[i]) * state.PortfolioValue;
                double days = value == 0.0 ? 0.0 : adv[i] > 0.0 ? value / (limits.ParticipationRate * adv[i]) : double.PositiveInfinity;
                checks.Add(Check("days to liquidate", state.Assets[i], days, maxDays, warn));
            }
        }

        return checks;
    }

    private static LimitCheck Check(string limit, string subject, double value, double threshold, double warn)
    {
        Require(threshold > 0.0 && double.IsFinite(threshold), $"limit '{limit}' must be positive and finite, got {threshold}", "limits");
        LimitStatus status = value > threshold ? LimitStatus.Breach : value >= warn * threshold ? LimitStatus.Warn : LimitStatus.Pass;
        return new LimitCheck(limit, subject, value, threshold, status);
    }

    private static void Require(bool condition, string message, string name)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }
}
