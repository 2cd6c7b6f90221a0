using Bastion.Risk.VaR;

namespace Bastion.Risk.Portfolio;

/// <summary>A portfolio VaR/ES and its attribution to positions (see <see cref="PositionRisk"/>). Immutable.</summary>
/// <param name="Total">The portfolio VaR and ES (currency).</param>
/// <param name="Positions">One entry per input position, in input order.</param>
public sealed record RiskDecomposition(RiskEstimate Total, IReadOnlyList<PositionRisk> Positions)
{
    /// <summary>
    /// Component VaR and ES summed by sector. <paramref name="sectorOfPosition"/> gives the sector name of each position
    /// (same order and count as <see cref="Positions"/>). Sectors appear in order of first occurrence; they sum to the total.
    /// </summary>
    public IReadOnlyList<(string Sector, double ComponentVaR, double ComponentES)> BySector(IReadOnlyList<string> sectorOfPosition)
    {
        ArgumentNullException.ThrowIfNull(sectorOfPosition);
        if (sectorOfPosition.Count != Positions.Count)
        {
            throw new ArgumentException($"sector map has {sectorOfPosition.Count} entries for {Positions.Count} positions", nameof(sectorOfPosition));
        }

        var order = new List<string>();
        var sums = new Dictionary<string, (double Var, double Es)>(StringComparer.Ordinal);
        for (int i = 0; i < Positions.Count; i++)
        {
            string sector = sectorOfPosition[i];
            if (!sums.TryGetValue(sector, out (double Var, double Es) acc))
            {
                order.Add(sector);
                acc = (0.0, 0.0);
            }

            sums[sector] = (acc.Var + Positions[i].ComponentVaR, acc.Es + Positions[i].ComponentES);
        }

        return order.Select(s => (s, sums[s].Var, sums[s].Es)).ToList();
    }
}
