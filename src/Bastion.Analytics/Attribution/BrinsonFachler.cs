namespace Bastion.Analytics.Attribution;

/// <summary>
/// Brinson–Fachler (1985) sector attribution: allocation (w_p,i − w_b,i)(R_b,i − R_b), selection
/// w_b,i (R_p,i − R_b,i) and interaction (w_p,i − w_b,i)(R_p,i − R_b,i); their sum over sectors is R_p − R_b.
/// Several periods are linked by <see cref="LinkingMethod.Carino"/> or <see cref="LinkingMethod.Menchero"/>.
/// Thread-safe.
/// </summary>
public static class BrinsonFachler
{
    /// <summary>Absolute tolerance on Σw = 1 for each side.</summary>
    public const double WeightTolerance = 1e-9;

    /// <summary>Attributes one period.</summary>
    /// <exception cref="ArgumentException">No sectors, a duplicate or empty sector name, a non-finite value, or weights not summing to 1.</exception>
    public static BrinsonPeriodResult SinglePeriod(BrinsonPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        Validate(period);
        double rp = 0.0, rb = 0.0;
        foreach (SectorExposure s in period.Sectors)
        {
            rp += s.PortfolioWeight * s.PortfolioReturn;
            rb += s.BenchmarkWeight * s.BenchmarkReturn;
        }

        var effects = new AttributionEffects[period.Sectors.Count];
        double allocation = 0.0, selection = 0.0, interaction = 0.0;
        for (int i = 0; i < effects.Length; i++)
        {
            SectorExposure s = period.Sectors[i];
            double activeWeight = s.PortfolioWeight - s.BenchmarkWeight;
            double activeReturn = s.PortfolioReturn - s.BenchmarkReturn;
            effects[i] = new AttributionEffects(s.Sector, activeWeight * (s.BenchmarkReturn - rb), s.BenchmarkWeight * activeReturn, activeWeight * activeReturn);
            allocation += effects[i].Allocation;
            selection += effects[i].Selection;
            interaction += effects[i].Interaction;
        }

        return new BrinsonPeriodResult(period.Date, rp, rb, effects, new AttributionEffects("Total", allocation, selection, interaction));
    }

    /// <summary>Attributes every period and links the effects with <paramref name="linking"/>.</summary>
    /// <exception cref="ArgumentException">No periods, dates not strictly increasing, or a bad period (see <see cref="SinglePeriod"/>).</exception>
    public static BrinsonResult Compute(IReadOnlyList<BrinsonPeriod> periods, LinkingMethod linking = LinkingMethod.Carino)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            throw new ArgumentException("attribution needs at least one period", nameof(periods));
        }

        var results = new BrinsonPeriodResult[periods.Count];
        for (int t = 0; t < results.Length; t++)
        {
            if (t > 0 && periods[t].Date <= periods[t - 1].Date)
            {
                throw new ArgumentException($"period dates must be strictly increasing ({periods[t].Date:yyyy-MM-dd} follows {periods[t - 1].Date:yyyy-MM-dd})", nameof(periods));
            }

            results[t] = SinglePeriod(periods[t]);
        }

        double[] rp = [.. results.Select(r => r.PortfolioReturn)];
        double[] rb = [.. results.Select(r => r.BenchmarkReturn)];
        double[] c = AttributionLinking.Coefficients(linking, rp, rb);

        // Sum c_t × effect over periods, per sector in order of first appearance.
        var linked = new Dictionary<string, (double A, double S, double I)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int t = 0; t < results.Length; t++)
        {
            foreach (AttributionEffects e in results[t].Sectors)
            {
                if (!linked.TryGetValue(e.Sector, out var sum))
                {
                    order.Add(e.Sector);
                }

                linked[e.Sector] = (sum.A + (c[t] * e.Allocation), sum.S + (c[t] * e.Selection), sum.I + (c[t] * e.Interaction));
            }
        }

        AttributionEffects[] sectors = [.. order.Select(s => new AttributionEffects(s, linked[s].A, linked[s].S, linked[s].I))];
        var total = new AttributionEffects("Total", sectors.Sum(s => s.Allocation), sectors.Sum(s => s.Selection), sectors.Sum(s => s.Interaction));
        return new BrinsonResult(results, linking, c, AttributionLinking.Compound(rp), AttributionLinking.Compound(rb), sectors, total);
    }

    private static void Validate(BrinsonPeriod period)
    {
        string date = period.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (period.Sectors.Count == 0)
        {
            throw new ArgumentException($"period {date} has no sectors", nameof(period));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        double wp = 0.0, wb = 0.0;
        foreach (SectorExposure s in period.Sectors)
        {
            if (string.IsNullOrEmpty(s.Sector) || !seen.Add(s.Sector))
            {
                throw new ArgumentException($"period {date}: sector names must be non-empty and unique ('{s.Sector}')", nameof(period));
            }

            if (!double.IsFinite(s.PortfolioWeight) || !double.IsFinite(s.PortfolioReturn) || !double.IsFinite(s.BenchmarkWeight) || !double.IsFinite(s.BenchmarkReturn))
            {
                throw new ArgumentException($"period {date}, sector '{s.Sector}': weights and returns must be finite", nameof(period));
            }

            wp += s.PortfolioWeight;
            wb += s.BenchmarkWeight;
        }

        if (Math.Abs(wp - 1.0) > WeightTolerance || Math.Abs(wb - 1.0) > WeightTolerance)
        {
            throw new ArgumentException($"period {date}: weights must sum to 1 (portfolio {wp:R}, benchmark {wb:R})", nameof(period));
        }
    }
}
