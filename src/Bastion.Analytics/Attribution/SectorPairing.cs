using System.Globalization;

namespace Bastion.Analytics.Attribution;

/// <summary>
/// Joins portfolio and benchmark sector rows into <see cref="BrinsonPeriod"/>s. Conventions: a sector one side does
/// not list on a date has weight 0 there and takes the other side's return (no selection, no interaction); a sector
/// of the portfolio that the benchmark never lists is an error (usually a misspelt or differently classified sector;
/// an off-benchmark holding such as cash needs a benchmark row with weight 0); dates only one side has are dropped
/// and reported, or rejected with <see cref="SectorPairingOptions.RequireSameDates"/>.
/// </summary>
public static class SectorPairing
{
    /// <summary>Pairs the two files' rows.</summary>
    /// <param name="portfolio">Portfolio rows (e.g. from <see cref="SectorFile.Read"/>).</param>
    /// <param name="portfolioSource">What to call the portfolio in messages (its file name).</param>
    /// <param name="benchmark">Benchmark rows.</param>
    /// <param name="benchmarkSource">What to call the benchmark in messages.</param>
    /// <param name="options">Tolerances; defaults when null.</param>
    /// <exception cref="InvalidDataException">An unknown sector, weights off by more than the tolerance, no common date, or (strict) a date one side lacks; naming the file, line and date.</exception>
    public static PairedSectors Pair(
        IReadOnlyList<SectorRow> portfolio, string portfolioSource, IReadOnlyList<SectorRow> benchmark, string benchmarkSource, SectorPairingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(benchmark);
        options ??= new SectorPairingOptions();
        var benchmarkSectors = benchmark.Select(r => r.Sector).ToHashSet(StringComparer.Ordinal);
        foreach (SectorRow r in portfolio)
        {
            if (!benchmarkSectors.Contains(r.Sector))
            {
                throw new InvalidDataException($"{portfolioSource} line {r.Line}, field 'sector': '{r.Sector}' is not a sector of {benchmarkSource}; for an off-benchmark holding add a {benchmarkSource} row with weight 0 and its return");
            }
        }

        var byDateP = portfolio.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.ToList());
        var byDateB = benchmark.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.ToList());
        DateTimeOffset[] dropP = [.. byDateP.Keys.Where(d => !byDateB.ContainsKey(d)).Order()];
        DateTimeOffset[] dropB = [.. byDateB.Keys.Where(d => !byDateP.ContainsKey(d)).Order()];
        if (options.RequireSameDates && (dropP.Length > 0 || dropB.Length > 0))
        {
            (string has, string lacks, DateTimeOffset d) = dropP.Length > 0 && (dropB.Length == 0 || dropP[0] < dropB[0])
                ? (portfolioSource, benchmarkSource, dropP[0])
                : (benchmarkSource, portfolioSource, dropB[0]);
            int line = (has == portfolioSource ? byDateP : byDateB)[d][0].Line;
            throw new InvalidDataException($"{has} line {line}, field 'date': {Day(d)} is not in {lacks} ({dropP.Length + dropB.Length} unmatched date(s))");
        }

        DateTimeOffset[] dates = [.. byDateP.Keys.Where(byDateB.ContainsKey).Order()];
        if (dates.Length == 0)
        {
            throw new InvalidDataException($"{portfolioSource} and {benchmarkSource} have no date in common");
        }

        double largest = 0.0;
        var periods = new List<BrinsonPeriod>(dates.Length);
        foreach (DateTimeOffset d in dates)
        {
            List<SectorRow> p = byDateP[d], b = byDateB[d];
            double sp = WeightSum(p, portfolioSource, options.WeightTolerance, ref largest);
            double sb = WeightSum(b, benchmarkSource, options.WeightTolerance, ref largest);
            var pBySector = p.ToDictionary(r => r.Sector, StringComparer.Ordinal);
            var bBySector = b.ToDictionary(r => r.Sector, StringComparer.Ordinal);
            var sectors = new List<SectorExposure>(b.Count + 1);
            foreach (SectorRow br in b)
            {
                sectors.Add(pBySector.TryGetValue(br.Sector, out SectorRow pr)
                    ? new SectorExposure(br.Sector, pr.Weight / sp, pr.Return, br.Weight / sb, br.Return)
                    : new SectorExposure(br.Sector, 0.0, br.Return, br.Weight / sb, br.Return));
            }

            foreach (SectorRow pr in p.Where(r => !bBySector.ContainsKey(r.Sector)))
            {
                sectors.Add(new SectorExposure(pr.Sector, pr.Weight / sp, pr.Return, 0.0, pr.Return));
            }

            periods.Add(new BrinsonPeriod(d, sectors));
        }

        return new PairedSectors(periods, dropP, dropB, largest);
    }

    private static double WeightSum(List<SectorRow> rows, string source, double tolerance, ref double largest)
    {
        double sum = rows.Sum(r => r.Weight);
        double off = Math.Abs(sum - 1.0);
        if (off > tolerance)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{source} line {rows[0].Line}, field 'weight': the weights of {Day(rows[0].Date)} sum to {sum:0.######}, not 1 (tolerance {tolerance}); add the missing sectors or a Cash row"));
        }

        // Sums within rounding of 1 are left alone: only real deviations are rescaled and reported.
        if (off <= 1e-12)
        {
            return 1.0;
        }

        largest = Math.Max(largest, off);
        return sum;
    }

    private static string Day(DateTimeOffset d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
