using System.CommandLine;
using System.Globalization;
using Bastion.Analytics.Attribution;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Attribution;

/// <summary><c>bastion attribution brinson</c>: Brinson–Fachler sector attribution, linked over periods.</summary>
internal static class BrinsonCommand
{
    public static Command Create(CliContext context)
    {
        var portfolio = new Option<string>("--portfolio") { Description = "Portfolio sectors, long CSV: date,sector,weight,return (date = period end; weight at its start; fractions)", Required = true };
        var benchmark = new Option<string>("--benchmark") { Description = "Benchmark sectors, same layout", Required = true };
        var linking = new Option<string>("--linking") { Description = "Multi-period linking: carino (default) or menchero", DefaultValueFactory = _ => "carino" };
        linking.AcceptOnlyFromAmong("carino", "menchero");
        var tolerance = new Option<double>("--weight-tolerance") { Description = "Largest accepted |sum of weights - 1| per date (rescaled to 1 within it; error beyond). Default 0.001", DefaultValueFactory = _ => 0.001 };
        var strict = new Option<bool>("--strict-dates") { Description = "Fail when a date is in one file only, instead of dropping it" };
        var periods = new Option<bool>("--periods") { Description = "Table: also print each period's total effects" };
        var format = CommonOptions.Format();
        var command = new Command("brinson", """
            Brinson–Fachler attribution by sector: allocation, selection, interaction per sector and in total, linked over periods (Carino or Menchero) so they sum to the compounded active return.
            Example: bastion attribution brinson --portfolio data/samples/attribution/portfolio_sectors.csv --benchmark data/samples/attribution/benchmark_sectors.csv --linking menchero
            """)
        {
            portfolio, benchmark, linking, tolerance, strict, periods, format,
        };
        command.SetAction(parse =>
        {
            string p = parse.GetValue(portfolio)!, b = parse.GetValue(benchmark)!;
            double tol = parse.GetValue(tolerance);
            if (!(tol >= 0 && tol < 1))
            {
                throw new CliUsageException($"--weight-tolerance {tol.ToString(CultureInfo.InvariantCulture)}: must be in [0, 1)");
            }

            LinkingMethod method = parse.GetValue(linking) == "menchero" ? LinkingMethod.Menchero : LinkingMethod.Carino;
            PairedSectors paired = AttributionCommand.Guard(
                () => SectorPairing.Pair(SectorFile.Read(p), p, SectorFile.Read(b), b, new SectorPairingOptions { WeightTolerance = tol, RequireSameDates = parse.GetValue(strict) }),
                "--portfolio/--benchmark");
            BrinsonResult result = AttributionCommand.Guard(() => BrinsonFachler.Compute(paired.Periods, method), "--portfolio/--benchmark");
            Write(context, parse.GetValue(format), result, paired, parse.GetValue(periods));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, OutputFormat format, BrinsonResult r, PairedSectors paired, bool showPeriods)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, new
                {
                    linking = r.Linking,
                    periods = r.Periods.Count,
                    start = r.Periods[0].Date,
                    end = r.Periods[^1].Date,
                    portfolioReturn = r.PortfolioReturn,
                    benchmarkReturn = r.BenchmarkReturn,
                    activeReturn = r.ActiveReturn,
                    total = Effects(r.Total),
                    sectors = r.Sectors.Select(Effects),
                    byPeriod = r.Periods.Select((p, t) => new
                    {
                        date = p.Date,
                        portfolioReturn = p.PortfolioReturn,
                        benchmarkReturn = p.BenchmarkReturn,
                        linkingCoefficient = r.LinkingCoefficients[t],
                        total = Effects(p.Total),
                        sectors = p.Sectors.Select(Effects),
                    }),
                    droppedPortfolioDates = paired.DroppedPortfolioDates,
                    droppedBenchmarkDates = paired.DroppedBenchmarkDates,
                    largestWeightAdjustment = paired.LargestWeightAdjustment,
                });
                break;
            case OutputFormat.Csv:
                var rows = new List<IReadOnlyList<string>>();
                rows.AddRange(r.Sectors.Append(r.Total).Select(e => Row("linked", e)));
                foreach (BrinsonPeriodResult p in r.Periods)
                {
                    string d = p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    rows.AddRange(p.Sectors.Append(p.Total).Select(e => Row(d, e)));
                }

                Output.WriteCsv(context.Out, ["period", "sector", "allocation", "selection", "interaction", "total"], rows);
                break;
            default:
                Output.WriteTable(context.Out, ["Sector", "Allocation", "Selection", "Interaction", "Total"],
                    r.Sectors.Append(r.Total).Select(e => (IReadOnlyList<string>)[e.Sector, AttributionCommand.Pct(e.Allocation), AttributionCommand.Pct(e.Selection), AttributionCommand.Pct(e.Interaction), AttributionCommand.Pct(e.Total)]));
                if (showPeriods)
                {
                    context.Out.WriteLine();
                    Output.WriteTable(context.Out, ["Period", "Portfolio", "Benchmark", "Active", "Allocation", "Selection", "Interaction", "Link"],
                        r.Periods.Select((p, t) => (IReadOnlyList<string>)[p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), AttributionCommand.Pct(p.PortfolioReturn), AttributionCommand.Pct(p.BenchmarkReturn), AttributionCommand.Pct(p.ActiveReturn), AttributionCommand.Pct(p.Total.Allocation), AttributionCommand.Pct(p.Total.Selection), AttributionCommand.Pct(p.Total.Interaction), Output.Number(r.LinkingCoefficients[t], 6)]));
                }

                context.Out.WriteLine($"{r.Periods.Count} period(s) {r.Periods[0].Date:yyyy-MM-dd} .. {r.Periods[^1].Date:yyyy-MM-dd}, {r.Linking.ToString().ToLowerInvariant()} linking: portfolio {AttributionCommand.Pct(r.PortfolioReturn)}, benchmark {AttributionCommand.Pct(r.BenchmarkReturn)}, active {AttributionCommand.Pct(r.ActiveReturn)} (compounded)");
                if (paired.DroppedPortfolioDates.Count + paired.DroppedBenchmarkDates.Count > 0)
                {
                    context.Out.WriteLine($"note: aligned on {r.Periods.Count} common date(s); dropped {paired.DroppedPortfolioDates.Count} portfolio-only and {paired.DroppedBenchmarkDates.Count} benchmark-only date(s)");
                }

                if (paired.LargestWeightAdjustment > 0)
                {
                    context.Out.WriteLine($"note: weights rescaled to sum to 1 (largest deviation {paired.LargestWeightAdjustment.ToString("G4", CultureInfo.InvariantCulture)})");
                }

                break;
        }
    }

    private static IReadOnlyList<string> Row(string period, AttributionEffects e)
        => [period, e.Sector, AttributionCommand.Raw(e.Allocation), AttributionCommand.Raw(e.Selection), AttributionCommand.Raw(e.Interaction), AttributionCommand.Raw(e.Total)];

    private static object Effects(AttributionEffects e)
        => new { sector = e.Sector, allocation = e.Allocation, selection = e.Selection, interaction = e.Interaction, total = e.Total };
}
