using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Portfolio.Estimation;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary><c>bastion covariance</c>: an annualized covariance matrix from a wide price file, with its shrinkage intensity.</summary>
internal static class CovarianceCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new PortfolioOptions();
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("covariance", """
            Estimate an annualized covariance matrix (PyPortfolioOpt/scikit-learn conventions) and report the shrinkage intensity.
            Example: bastion covariance --prices data/samples/stock_prices.csv --missing drop --covariance ledoit-wolf --format json
            """)
        {
            format,
        };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            (_, ReturnPanel returns) = shared.LoadReturns(parse);
            CovarianceEstimate e = shared.EstimateCovariance(parse, returns);
            IReadOnlyList<string> s = e.Symbols;
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    Output.WriteJson(context.Out, new
                    {
                        method = e.Method,
                        frequency = e.Frequency,
                        shrinkageIntensity = e.ShrinkageIntensity,
                        repair = e.Repair,
                        periods = returns.Periods,
                        symbols = s,
                        matrix = Enumerable.Range(0, s.Count).Select(i => Enumerable.Range(0, s.Count).Select(j => e.Matrix[i, j])),
                    });
                    break;
                default:
                    IEnumerable<IReadOnlyList<string>> rows = Enumerable.Range(0, s.Count).Select(i =>
                        (IReadOnlyList<string>)[s[i], .. Enumerable.Range(0, s.Count).Select(j => e.Matrix[i, j].ToString(parse.GetValue(format) == OutputFormat.Csv ? "R" : "F6", CultureInfo.InvariantCulture))]);
                    if (parse.GetValue(format) == OutputFormat.Csv)
                    {
                        Output.WriteCsv(context.Out, ["symbol", .. s], rows);
                    }
                    else
                    {
                        Output.WriteTable(context.Out, ["", .. s], rows);
                        context.Out.WriteLine($"method {e.Method}, {returns.Periods} periods, annualized ×{e.Frequency}"
                            + (e.ShrinkageIntensity is double d ? $", shrinkage intensity {d:F4}" : string.Empty)
                            + (e.Repair is string r ? $"; {r}" : string.Empty));
                    }

                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
