using System.Globalization;

namespace Bastion.Portfolio.Rebalancing;

/// <summary>
/// The rebalancing engine: given holdings, targets, prices and a <see cref="RebalancePolicy"/>, decides whether to
/// rebalance and returns the orders with the reason for each, keeping a history of every decision. A state machine with
/// one owner (it remembers the last rebalance date and volatility): not thread-safe.
/// </summary>
public sealed class Rebalancer
{
    private readonly List<RebalanceDecision> _history = [];
    private DateOnly? _lastRebalance;
    private double? _volatilityAtLastRebalance;

    /// <summary>Creates a rebalancer; the policy is validated here, once.</summary>
    /// <param name="policy">When and how far to rebalance.</param>
    /// <param name="lastRebalance">Date of the last rebalance made before this rebalancer existed; when null the first decision is an initial allocation.</param>
    /// <param name="volatilityAtLastRebalance">Realized volatility at that rebalance, for the volatility trigger.</param>
    public Rebalancer(RebalancePolicy policy, DateOnly? lastRebalance = null, double? volatilityAtLastRebalance = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        Policy = policy;
        _lastRebalance = lastRebalance;
        _volatilityAtLastRebalance = volatilityAtLastRebalance;
    }

    /// <summary>The policy.</summary>
    public RebalancePolicy Policy { get; }

    /// <summary>Every decision made, oldest first.</summary>
    public IReadOnlyList<RebalanceDecision> History => _history;

    /// <summary>Decides for one date.</summary>
    /// <param name="state">Holdings, cash and prices.</param>
    /// <param name="targets">Symbol → target weight (fractions of equity; absent symbols target 0).</param>
    /// <exception cref="ArgumentException">A price is missing or not positive, equity is not positive, or cost-aware mode lacks a covariance for a traded symbol.</exception>
    public RebalanceDecision Decide(PortfolioState state, IReadOnlyDictionary<string, double> targets)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(targets);
        if (_lastRebalance is DateOnly previous && previous > state.Date)
        {
            throw new ArgumentException($"decision date {state.Date:yyyy-MM-dd} is before the last rebalance {previous:yyyy-MM-dd}", nameof(state));
        }

        string[] symbols = [.. state.Holdings.Keys.Union(targets.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        decimal equity = state.Cash;
        foreach (string s in symbols)
        {
            if (!state.Prices.TryGetValue(s, out decimal price) || price <= 0)
            {
                throw new ArgumentException($"no positive price for {s} on {state.Date:yyyy-MM-dd}", nameof(state));
            }

            equity += state.Holdings.GetValueOrDefault(s) * price;
        }

        if (equity <= 0)
        {
            throw new ArgumentException($"equity is {equity} on {state.Date:yyyy-MM-dd}; cannot compute weights", nameof(state));
        }

        double[] current = [.. symbols.Select(s => (double)(state.Holdings.GetValueOrDefault(s) * state.Prices[s] / equity))];
        double[] target = [.. symbols.Select(s => targets.GetValueOrDefault(s))];
        List<string> triggers = Triggers(state, symbols, current, target);
        if (triggers.Count == 0)
        {
            return Record(new RebalanceDecision(state.Date, [], [], [], 0m));
        }

        var desired = new double[symbols.Length];
        var skipped = new List<string>();
        var reasons = new string[symbols.Length];
        for (int i = 0; i < symbols.Length; i++)
        {
            double drift = current[i] - target[i];
            if (Policy.NoTradeBand > 0 && Math.Abs(drift) <= Policy.NoTradeBand)
            {
                desired[i] = current[i];
                if (drift != 0)
                {
                    skipped.Add($"{symbols[i]}: drift {Points(drift)} inside no-trade band {Points(Policy.NoTradeBand)}");
                }

                continue;
            }

            bool toEdge = Policy.TradeToBandEdge && Policy.NoTradeBand > 0;
            desired[i] = toEdge ? target[i] + (Math.Sign(drift) * Policy.NoTradeBand) : target[i];
            reasons[i] = $"drift {Points(drift)}: {Percent(current[i])} → {Percent(desired[i])}" + (toEdge ? " (band edge)" : " (target)");
        }

        if (Policy.CostAware)
        {
            DropUneconomicTrades(state, symbols, current, target, desired, equity, skipped);
        }

        var orders = new List<RebalanceOrder>();
        decimal cost = 0m;
        for (int i = 0; i < symbols.Length; i++)
        {
            if (desired[i] == current[i])
            {
                continue;
            }

            decimal price = state.Prices[symbols[i]];
            decimal lot = state.LotSizes?.GetValueOrDefault(symbols[i]) is decimal l && l > 0 ? l : 1m;
            decimal rawQuantity = (decimal)(desired[i] - current[i]) * equity / price;
            decimal quantity = decimal.Truncate(rawQuantity / lot) * lot;
            decimal value = quantity * price;
            if (quantity == 0 || Math.Abs(value) < Policy.MinimumTradeValue)
            {
                skipped.Add($"{symbols[i]}: trade of {Math.Abs(rawQuantity * price).ToString("F2", CultureInfo.InvariantCulture)} below minimum size");
                continue;
            }

            cost += Math.Abs(value) * (decimal)Policy.CostBasisPoints / 10_000m;
            orders.Add(new RebalanceOrder(symbols[i], quantity, value, current[i], desired[i], reasons[i]));
        }

        // Sells first: they fund the buys.
        orders = [.. orders.OrderBy(o => o.Quantity > 0).ThenBy(o => o.Symbol, StringComparer.Ordinal)];
        _lastRebalance = state.Date;
        _volatilityAtLastRebalance = state.RealizedVolatility ?? _volatilityAtLastRebalance;
        return Record(new RebalanceDecision(state.Date, triggers, orders, skipped, cost));
    }

    private List<string> Triggers(PortfolioState state, string[] symbols, double[] current, double[] target)
    {
        var triggers = new List<string>();
        if (_lastRebalance is null)
        {
            triggers.Add("initial allocation");
        }
        else if (Policy.Calendar != RebalanceCalendar.None && NewPeriod(_lastRebalance.Value, state.Date, Policy.Calendar))
        {
            triggers.Add($"{Policy.Calendar.ToString().ToLowerInvariant()} calendar");
        }

        if (Policy.AbsoluteDrift is double abs)
        {
            int worst = ArgMax(symbols.Length, i => Math.Abs(current[i] - target[i]));
            if (Math.Abs(current[worst] - target[worst]) > abs)
            {
                triggers.Add($"absolute drift {symbols[worst]} {Points(current[worst] - target[worst])} > {Points(abs)}");
            }
        }

        if (Policy.RelativeDrift is double rel)
        {
            int worst = ArgMax(symbols.Length, i => target[i] > 0 ? Math.Abs(current[i] - target[i]) / target[i] : 0);
            if (target[worst] > 0 && Math.Abs(current[worst] - target[worst]) / target[worst] > rel)
            {
                triggers.Add($"relative drift {symbols[worst]} {Percent(Math.Abs(current[worst] - target[worst]) / target[worst])} > {Percent(rel)}");
            }
        }

        if (Policy.VolatilityChange is double vc && state.RealizedVolatility is double vol && _volatilityAtLastRebalance is double last && last > 0
            && Math.Abs((vol / last) - 1) > vc)
        {
            triggers.Add($"volatility {Percent(last)} → {Percent(vol)}");
        }

        if (Policy.OnRiskLimitBreach && state.RiskLimitBreach is string breach)
        {
            triggers.Add($"risk limit: {breach}");
        }

        return triggers;
    }

    /// <summary>Removes, one at a time, the trade whose removal improves benefit − cost the most, while any does.</summary>
    private void DropUneconomicTrades(PortfolioState state, string[] symbols, double[] current, double[] target, double[] desired, decimal equity, List<string> skipped)
    {
        if (state.Covariance is null || state.CovarianceSymbols is null)
        {
            throw new ArgumentException("cost-aware rebalancing needs a covariance in the portfolio state", nameof(state));
        }

        int[] map = [.. symbols.Select(s => IndexOf(state.CovarianceSymbols, s))];
        double costRate = Policy.CostBasisPoints / 10_000.0, eq = (double)equity;
        while (true)
        {
            double baseline = Net(desired);
            int best = -1;
            double bestNet = baseline;
            for (int i = 0; i < symbols.Length; i++)
            {
                if (desired[i] == current[i])
                {
                    continue;
                }

                double keep = desired[i];
                desired[i] = current[i];
                double net = Net(desired);
                desired[i] = keep;
                if (net > bestNet)
                {
                    (best, bestNet) = (i, net);
                }
            }

            if (best < 0)
            {
                return;
            }

            skipped.Add($"{symbols[best]}: expected improvement does not cover the cost of {Math.Abs(desired[best] - current[best]) * eq * costRate:F2}");
            desired[best] = current[best];
        }

        double Net(double[] d)
        {
            double before = Quadratic(current), after = Quadratic(d), traded = 0;
            for (int i = 0; i < d.Length; i++)
            {
                traded += Math.Abs(d[i] - current[i]);
            }

            return (0.5 * Policy.RiskAversion * (before - after) * eq) - (traded * eq * costRate);
        }

        double Quadratic(double[] w)
        {
            double q = 0;
            for (int i = 0; i < w.Length; i++)
            {
                for (int j = 0; j < w.Length; j++)
                {
                    q += (w[i] - target[i]) * state.Covariance[map[i], map[j]] * (w[j] - target[j]);
                }
            }

            return q;
        }
    }

    private static int IndexOf(IReadOnlyList<string> symbols, string symbol)
    {
        for (int i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] == symbol)
            {
                return i;
            }
        }

        throw new ArgumentException($"covariance has no row for {symbol}", nameof(symbols));
    }

    private static bool NewPeriod(DateOnly last, DateOnly now, RebalanceCalendar calendar) => calendar switch
    {
        RebalanceCalendar.Weekly => ISOWeek.GetYear(now.ToDateTime(TimeOnly.MinValue)) != ISOWeek.GetYear(last.ToDateTime(TimeOnly.MinValue))
            || ISOWeek.GetWeekOfYear(now.ToDateTime(TimeOnly.MinValue)) != ISOWeek.GetWeekOfYear(last.ToDateTime(TimeOnly.MinValue)),
        RebalanceCalendar.Monthly => now.Year != last.Year || now.Month != last.Month,
        RebalanceCalendar.Quarterly => now.Year != last.Year || ((now.Month - 1) / 3) != ((last.Month - 1) / 3),
        _ => false,
    };

    private static int ArgMax(int n, Func<int, double> score)
    {
        int best = 0;
        for (int i = 1; i < n; i++)
        {
            if (score(i) > score(best))
            {
                best = i;
            }
        }

        return best;
    }

    private static string Points(double weight) => (weight * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pts";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private RebalanceDecision Record(RebalanceDecision decision)
    {
        _history.Add(decision);
        return decision;
    }
}
