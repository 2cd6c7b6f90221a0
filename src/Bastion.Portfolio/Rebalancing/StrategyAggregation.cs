using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;

namespace Bastion.Portfolio.Rebalancing;

/// <summary>The result of combining strategies: who was kept (with weights), who was dropped and why, and the combined return series.</summary>
/// <param name="Allocation">Weights of the selected strategies.</param>
/// <param name="Excluded">Strategy → reason it was not selected.</param>
/// <param name="CombinedReturns">Weighted sum of the selected strategies' returns per period (missing counts as 0: the sleeve was in cash).</param>
public sealed record StrategyAggregation(PortfolioAllocation Allocation, IReadOnlyDictionary<string, string> Excluded, IReadOnlyList<double> CombinedReturns)
{
    /// <summary>Selects strategies by <paramref name="selection"/> and splits capital across them by <paramref name="budgeting"/>.</summary>
    /// <param name="tracks">Strategies with aligned return series.</param>
    /// <param name="selection">Selection criteria.</param>
    /// <param name="budgeting">Capital split.</param>
    /// <param name="riskBudgets">Strategy → risk budget, for <see cref="StrategyBudgeting.RiskParity"/> (equal when null).</param>
    /// <exception cref="ArgumentException">No strategies, misaligned series, or none pass the selection.</exception>
    public static StrategyAggregation Combine(IReadOnlyList<StrategyTrack> tracks, StrategySelection selection, StrategyBudgeting budgeting = StrategyBudgeting.RiskParity, IReadOnlyDictionary<string, double>? riskBudgets = null)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(selection);
        if (tracks.Count == 0)
        {
            throw new ArgumentException("no strategies to combine", nameof(tracks));
        }

        int t = tracks[0].Returns.Count;
        var excluded = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<StrategyTrack>();
        foreach (StrategyTrack track in tracks)
        {
            if (track.Returns.Count != t)
            {
                throw new ArgumentException($"{track.Name} has {track.Returns.Count} returns, {tracks[0].Name} has {t}; align them first", nameof(tracks));
            }

            double[] active = [.. track.Returns.Where(r => !double.IsNaN(r))];
            int activeDays = active.Count(r => r != 0);
            double sharpe = active.Length > 1 ? Sharpe(active, selection.PeriodsPerYear) : double.NaN;
            if (selection.MinimumSharpe is double ms && !(sharpe >= ms))
            {
                excluded[track.Name] = $"Sharpe {sharpe:F2} below {ms:F2}";
            }
            else if (selection.MinimumTrades is int mt && track.TradeCount < mt)
            {
                excluded[track.Name] = $"{track.TradeCount} trades, fewer than {mt}";
            }
            else if (selection.MinimumActiveDays is int md && activeDays < md)
            {
                excluded[track.Name] = $"{activeDays} active days, fewer than {md}";
            }
            else
            {
                kept.Add(track);
            }
        }

        if (kept.Count == 0)
        {
            throw new ArgumentException($"no strategy passes the selection ({string.Join("; ", excluded.Select(kv => kv.Key + ": " + kv.Value))})", nameof(selection));
        }

        string[] names = [.. kept.Select(k => k.Name)];
        var matrix = new double[t, kept.Count];
        for (int r = 0; r < t; r++)
        {
            for (int c = 0; c < kept.Count; c++)
            {
                double v = kept[c].Returns[r];
                matrix[r, c] = double.IsNaN(v) ? 0.0 : v;
            }
        }

        PortfolioAllocation allocation;
        if (budgeting == StrategyBudgeting.EqualWeight || kept.Count == 1)
        {
            allocation = HeuristicAllocations.EqualWeight(names);
        }
        else
        {
            double[,] cov = new SampleCovariance().Estimate(ReturnPanel.FromReturns(matrix, names), selection.PeriodsPerYear).Matrix;
            allocation = budgeting == StrategyBudgeting.InverseVolatility
                ? HeuristicAllocations.InverseVolatility(cov, names)
                : RiskParity.Optimize(cov, names, riskBudgets is null ? null : [.. names.Select(n => riskBudgets.TryGetValue(n, out double b) ? b : throw new ArgumentException($"no risk budget for {n}", nameof(riskBudgets)))]);
        }

        var combined = new double[t];
        for (int r = 0; r < t; r++)
        {
            for (int c = 0; c < kept.Count; c++)
            {
                combined[r] += allocation.Weights[c] * matrix[r, c];
            }
        }

        return new StrategyAggregation(allocation, excluded, combined);
    }

    private static double Sharpe(double[] returns, int periodsPerYear)
    {
        double mean = Numerics.Statistics.Moments.Mean(returns);
        double sd = Numerics.Statistics.Moments.StandardDeviation(returns);
        return sd > 0 ? mean / sd * Math.Sqrt(periodsPerYear) : double.NaN;
    }
}
