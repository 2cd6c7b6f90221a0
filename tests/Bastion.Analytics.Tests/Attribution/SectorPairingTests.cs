using Bastion.Analytics.Attribution;

namespace Bastion.Analytics.Tests.Attribution;

public sealed class SectorPairingTests
{
    private static readonly DateTimeOffset s_d1 = new(2024, 1, 31, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_d2 = new(2024, 2, 29, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Pair_SectorMissingFromPortfolio_WeightZeroAndBenchmarkReturn()
    {
        SectorRow[] p = [new(s_d1, "Tech", 1.0, 0.05, 2)];
        SectorRow[] b = [new(s_d1, "Tech", 0.6, 0.04, 2), new(s_d1, "Energy", 0.4, -0.02, 3)];
        PairedSectors r = SectorPairing.Pair(p, "p.csv", b, "b.csv");
        SectorExposure energy = r.Periods[0].Sectors.Single(s => s.Sector == "Energy");
        Assert.Equal(new SectorExposure("Energy", 0.0, -0.02, 0.4, -0.02), energy);
        Assert.Equal(0.0, BrinsonFachler.SinglePeriod(r.Periods[0]).Sectors[1].Selection);
    }

    [Fact]
    public void Pair_PortfolioSectorUnknownToBenchmark_ErrorNamesFileLineAndSector()
    {
        SectorRow[] p = [new(s_d1, "Info Tech", 1.0, 0.05, 7)];
        SectorRow[] b = [new(s_d1, "Tech", 1.0, 0.04, 2)];
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => SectorPairing.Pair(p, "p.csv", b, "b.csv"));
        Assert.StartsWith("p.csv line 7, field 'sector': 'Info Tech' is not a sector of b.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_WeightsWithinTolerance_RescaledAndReported()
    {
        SectorRow[] p = [new(s_d1, "A", 0.5004, 0.01, 2), new(s_d1, "B", 0.5, 0.02, 3)];
        SectorRow[] b = [new(s_d1, "A", 0.5, 0.01, 2), new(s_d1, "B", 0.5, 0.02, 3)];
        PairedSectors r = SectorPairing.Pair(p, "p.csv", b, "b.csv");
        Assert.Equal(1.0, r.Periods[0].Sectors.Sum(s => s.PortfolioWeight), 15);
        Assert.Equal(0.0004, r.LargestWeightAdjustment, 12);
    }

    [Fact]
    public void Pair_WeightsBeyondTolerance_ErrorNamesFileDateAndSum()
    {
        SectorRow[] p = [new(s_d1, "A", 0.45, 0.01, 4), new(s_d1, "B", 0.5, 0.02, 5)];
        SectorRow[] b = [new(s_d1, "A", 0.5, 0.01, 2), new(s_d1, "B", 0.5, 0.02, 3)];
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => SectorPairing.Pair(p, "p.csv", b, "b.csv"));
        Assert.StartsWith("p.csv line 4, field 'weight': the weights of 2024-01-31 sum to 0.95, not 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_DateOnlyInBenchmark_DroppedOrRejectedWhenStrict()
    {
        SectorRow[] p = [new(s_d1, "A", 1.0, 0.01, 2)];
        SectorRow[] b = [new(s_d1, "A", 1.0, 0.01, 2), new(s_d2, "A", 1.0, 0.03, 3)];
        PairedSectors r = SectorPairing.Pair(p, "p.csv", b, "b.csv");
        Assert.Single(r.Periods);
        Assert.Equal([s_d2], r.DroppedBenchmarkDates);
        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => SectorPairing.Pair(p, "p.csv", b, "b.csv", new SectorPairingOptions { RequireSameDates = true }));
        Assert.StartsWith("b.csv line 3, field 'date': 2024-02-29 is not in p.csv", ex.Message, StringComparison.Ordinal);
    }
}
