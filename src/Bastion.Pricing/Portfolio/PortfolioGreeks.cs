namespace Bastion.Pricing.Portfolio;

/// <summary>Aggregates position Greeks per underlying and for the whole book.</summary>
public static class PortfolioGreeks
{
    /// <summary>The identifier of the book-level row.</summary>
    public const string Total = "TOTAL";

    /// <summary>One row per underlying (ordinal order) followed by the <see cref="Total"/> row.</summary>
    /// <param name="positions">The positions.</param>
    public static IReadOnlyList<AggregateGreeks> Aggregate(IEnumerable<OptionPosition> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var rows = new List<AggregateGreeks>();
        foreach (IGrouping<string, OptionPosition> group in positions.GroupBy(p => p.Underlying, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            double value = 0, delta = 0, gamma = 0, dollarDelta = 0, dollarGamma = 0, vega = 0, theta = 0, rho = 0;
            int count = 0;
            foreach (OptionPosition p in group)
            {
                if (!double.IsFinite(p.Quantity) || !double.IsFinite(p.Multiplier) || !(p.Spot > 0))
                {
                    throw new ArgumentException($"position on {p.Underlying} has a non-finite quantity/multiplier or a non-positive spot", nameof(positions));
                }

                double units = p.Quantity * p.Multiplier;
                value += units * p.Greeks.Price;
                delta += units * p.Greeks.Delta;
                gamma += units * p.Greeks.Gamma;
                dollarDelta += units * p.Greeks.Delta * p.Spot;
                dollarGamma += units * 0.5 * p.Greeks.Gamma * (0.01 * p.Spot) * (0.01 * p.Spot);
                vega += units * p.Greeks.VegaPerUnitVol;
                theta += units * p.Greeks.ThetaPerYear;
                rho += units * p.Greeks.RhoPerUnitRate;
                count++;
            }

            rows.Add(new AggregateGreeks(group.Key, count, value, delta, gamma, dollarDelta, dollarGamma, vega, theta, rho));
        }

        bool single = rows.Count == 1;
        rows.Add(new AggregateGreeks(
            Total,
            rows.Sum(r => r.Positions),
            rows.Sum(r => r.Value),
            single ? rows[0].Delta : (rows.Count == 0 ? 0 : double.NaN),
            single ? rows[0].Gamma : (rows.Count == 0 ? 0 : double.NaN),
            rows.Sum(r => r.DollarDelta),
            rows.Sum(r => r.DollarGamma),
            rows.Sum(r => r.VegaPerUnitVol),
            rows.Sum(r => r.ThetaPerYear),
            rows.Sum(r => r.RhoPerUnitRate)));
        return rows;
    }
}
