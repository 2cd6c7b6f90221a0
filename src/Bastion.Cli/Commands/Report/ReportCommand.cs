using System.CommandLine;
using Bastion.Analytics.Reports;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Report;

/// <summary><c>bastion report --run DIR</c>: renders the tear sheet (HTML, JSON, CSV) of a run directory.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var run = new Option<string>("--run") { Description = "Run directory: equity.csv, optional trades.csv, benchmark.csv, trials.csv, run.json (docs/analytics.md)", Required = true };
        var output = new Option<string?>("--out") { Description = "Where to write tearsheet.html, metrics.json, metrics.csv (default: the run directory)" };
        var format = CommonOptions.Format();
        var attribution = new Attribution.ReportAttributionOptions();
        var command = new Command("report", """
            Render an offline HTML tear sheet plus metrics.json and metrics.csv from a backtest run directory.
            Example: bastion report --run runs/2024-06-01-trend --out reports/trend
            Example: bastion report --run runs/trend --factors F-F_Research_Data_Factors_daily.csv --percent --styles styles.csv
            """)
        {
            run, output, format,
        };
        attribution.AddTo(command);
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(run)!;
            string outDir = parse.GetValue(output) ?? dir;
            ReportInput input;
            TearSheetReport report;
            try
            {
                input = RunDirectory.Load(dir) with { Attribution = attribution.Resolve(parse) };
                report = TearSheet.Write(input, outDir);
            }
            catch (InvalidDataException ex)
            {
                throw new CliUsageException(ex.Message, ex);
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.From(ex, $"--run {dir}");
            }

            string[] files = [Path.Combine(outDir, TearSheet.HtmlFile), Path.Combine(outDir, TearSheet.JsonFile), Path.Combine(outDir, TearSheet.CsvFile)];
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Output.WriteJson(context.Out, new { files, strategies = report.Strategies.Select(s => s.Run.Name) });
            }
            else if (parse.GetValue(format) == OutputFormat.Csv)
            {
                Output.WriteCsv(context.Out, ["file"], files.Select(f => (IReadOnlyList<string>)[f]));
            }
            else
            {
                Output.WriteTable(context.Out, ["Strategy", "CAGR", "Volatility", "Sharpe", "Max drawdown"],
                    report.Strategies.Select(s => (IReadOnlyList<string>)[s.Run.Name, Output.Percent(s.Metrics.AnnualReturn), Output.Percent(s.Metrics.AnnualVolatility), Output.Number(s.Metrics.SharpeRatio, 4), Output.Percent(s.Metrics.MaxDrawdown)]));
                foreach (string f in files)
                {
                    context.Out.WriteLine($"wrote {f}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
