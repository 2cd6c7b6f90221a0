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
            Estimate an annualized covariance matrix (PyPortfolioOpt/scikit-learn conventions) and report the shrinkage intensity,
            factor count or signal eigenvalues.
            Example: bastion covariance --prices data/samples/stock_prices.csv --missing drop --covariance ledoit-wolf --format json
            Example: bastion covariance --prices data/samples/stock_prices.csv --missing drop --covariance factor --factors 3
            Example: bastion covariance --prices data/samples/stock_prices.csv --missing drop --covariance denoised --detone
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
                        factorCount = e.FactorCount,
                        explainedVariance = e.ExplainedVariance,
                        noiseEdge = e.NoiseEdge,
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
                        context.Out.WriteLine($"method {e.Method}, {returns.Periods} periods, annualized ×{e.Frequency}" + PortfolioOptions.Describe(e));
                    }

                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
