using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Data.Csv;
using Bastion.Portfolio.Clustering;
using Bastion.Portfolio.Estimation;
using Bastion.Portfolio.Optimization;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary><c>bastion optimize</c>: portfolio weights from a wide price file by any optimizer of <see cref="PortfolioOptimizers"/>.</summary>
internal static class OptimizeCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new PortfolioOptions();
        var method = new Option<string>("--method") { Description = "Optimizer: " + string.Join(", ", PortfolioOptimizers.Names), Required = true };
        var bounds = new Option<string?>("--weight-bounds") { Description = "LO,HI bounds of every weight (default 0,1; -1,1 allows shorts)" };
        var linkage = new Option<string>("--linkage") { Description = "HRP linkage: single (default), complete, average, ward", DefaultValueFactory = _ => "single" };
        var budgets = new Option<string?>("--risk-budgets") { Description = "Risk-parity budgets as SYMBOL=B pairs separated by commas (equal if omitted)" };
        var targetReturn = new Option<double?>("--target-return") { Description = "Annual target return (efficient-return, efficient-cvar)" };
        var targetVol = new Option<double?>("--target-volatility") { Description = "Annual target volatility (efficient-risk)" };
        var riskAversion = new Option<double>("--risk-aversion") { Description = "Risk aversion δ (max-quadratic-utility, robust-mean-variance; default 1)", DefaultValueFactory = _ => 1.0 };
        var marketNeutral = new Option<bool>("--market-neutral") { Description = "Net exposure 0 instead of 1 (with --weight-bounds -1,1)" };
        var l2 = new Option<double>("--l2-gamma") { Description = "L2 regularization γ‖w‖² (PyPortfolioOpt's L2_reg)" };
        var confidence = new Option<double>("--confidence") { Description = "CVaR confidence (min-cvar, efficient-cvar; default 0.95)", DefaultValueFactory = _ => 0.95 };
        var sectors = new Option<string?>("--sectors") { Description = "CSV of symbol,sector (with --sector-limits)" };
        var sectorLimits = new Option<string?>("--sector-limits") { Description = "CSV of sector,min,max total weight" };
        var current = new Option<string?>("--current-weights") { Description = "CSV of symbol,weight held now (with --max-turnover)" };
        var turnover = new Option<double?>("--max-turnover") { Description = "Maximum one-way turnover Σ|w − w₀| against --current-weights" };
        var kelly = new Option<double>("--kelly-fraction") { Description = "Kelly fraction (kelly; 1 = full, 0.5 = half; default 1)", DefaultValueFactory = _ => 1.0 };
        var radius = new Option<double>("--uncertainty-radius") { Description = "κ of the ellipsoidal uncertainty set (robust-mean-variance; default 1)", DefaultValueFactory = _ => 1.0 };
        var views = new Option<string?>("--views") { Description = "Black–Litterman views CSV: asset,versus,value[,confidence] (versus blank = absolute view)" };
        var caps = new Option<string?>("--market-caps") { Description = "Black–Litterman market caps CSV: symbol,cap (the market-implied prior)" };
        var report = new Option<string?>("--report") { Description = "Also write an offline HTML page: the portfolio on the efficient frontier (20 points, same constraints), its weights and risk contributions" };
        var then = new Option<string>("--then") { Description = "Optimizer run on the Black–Litterman posterior (default max-sharpe)", DefaultValueFactory = _ => "max-sharpe" };
        Option<OutputFormat> format = CommonOptions.Format();
        var command = new Command("optimize", """
            Optimize portfolio weights from prices (PyPortfolioOpt conventions: annualized estimates, risk-free rate 2%).
            Example: bastion optimize --prices data/samples/stock_prices.csv --missing pairwise --method hrp --linkage ward
            Example: bastion optimize --prices prices.csv --method risk-parity --covariance ledoit-wolf --format json
            Example: bastion optimize --prices data/samples/stock_prices.csv --missing drop --method efficient-risk --target-volatility 0.2 --covariance denoised
            Example: bastion optimize --prices data/samples/stock_prices.csv --missing pairwise --method max-sharpe --report max-sharpe.html
            """)
        {
            method, bounds, linkage, budgets, targetReturn, targetVol, riskAversion, marketNeutral, l2, confidence, sectors, sectorLimits,
            current, turnover, kelly, radius, views, caps, then, report, format,
        };
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            string name = parse.GetValue(method)!;
            bool blackLitterman = string.Equals(name, "black-litterman", StringComparison.OrdinalIgnoreCase);
            string run = blackLitterman ? parse.GetValue(then)! : name;
            if (!PortfolioOptimizers.Names.Contains(run, StringComparer.OrdinalIgnoreCase))
            {
                throw new CliUsageException($"{(blackLitterman ? "--then" : "--method")}: unknown optimizer '{run}' (known: black-litterman, {string.Join(", ", PortfolioOptimizers.Names)})");
            }

            string? reportPath = parse.GetValue(report);
            PortfolioReportBuilder.CheckTarget(reportPath);
            (PriceMatrix prices, ReturnPanel returns) = shared.LoadReturns(parse);
            CovarianceEstimate cov = shared.EstimateCovariance(parse, returns);
            (double lo, double hi) = ParseBounds(parse.GetValue(bounds));
            var inputs = new OptimizationInputs
            {
                Symbols = returns.Symbols,
                ExpectedReturns = shared.ExpectedReturns(parse, returns),
                Covariance = cov.Matrix,
                Returns = returns,
                RiskFreeRate = parse.GetValue(shared.RiskFreeRate),
                Frequency = parse.GetValue(shared.Frequency),
                LowerBound = lo,
                UpperBound = hi,
                Linkage = ParseLinkage(parse.GetValue(linkage)!),
                RiskBudgets = ParseBudgets(parse.GetValue(budgets), returns.Symbols),
                TargetReturn = parse.GetValue(targetReturn),
                TargetVolatility = parse.GetValue(targetVol),
                RiskAversion = parse.GetValue(riskAversion),
                MarketNeutral = parse.GetValue(marketNeutral),
                L2Gamma = parse.GetValue(l2),
                Confidence = parse.GetValue(confidence),
                KellyFraction = parse.GetValue(kelly),
                UncertaintyRadius = parse.GetValue(radius),
                MaxTurnover = parse.GetValue(turnover),
            };
            inputs = WithFiles(parse, inputs, sectors, sectorLimits, current);
            if (blackLitterman)
            {
                inputs = Posterior(parse, inputs, views, caps);
            }

            PortfolioAllocation allocation;
            double? cvar = null;
            try
            {
                if (run is "min-cvar" or "efficient-cvar")
                {
                    CvarAllocation c = run == "min-cvar" ? MeanCvar.MinCvar(inputs) : MeanCvar.EfficientCvar(inputs);
                    (allocation, cvar) = (c.Allocation, c.Cvar);
                }
                else
                {
                    allocation = PortfolioOptimizers.Run(run, inputs);
                }
            }
            catch (ArgumentException ex)
            {
                throw CliUsageException.From(ex);
            }

            (double mu, double vol, double sharpe) = allocation.Status == OptimizationStatus.Optimal
                ? PortfolioOptimizers.Performance(inputs, allocation.Weights)
                : (double.NaN, double.NaN, double.NaN);
            if (blackLitterman)
            {
                allocation = allocation with { Method = "black-litterman", Reason = $"posterior returns and covariance, then {run}" + (allocation.Reason is string r ? $"; {r}" : string.Empty) };
            }

            OutputFormat fmt = parse.GetValue(format);
            Write(context, fmt, allocation, cov, mu, vol, sharpe, inputs.RiskFreeRate, cvar);
            if (reportPath is not null && allocation.Status == OptimizationStatus.Optimal)
            {
                var notes = new List<string>();
                IReadOnlyList<FrontierPoint> frontier = PortfolioReportBuilder.Frontier(inputs, 20, notes);
                string title = $"{allocation.Method} portfolio of {Path.GetFileName(parse.GetValue(shared.Prices))}";
                PortfolioReportBuilder.WritePage(context, fmt, reportPath, PortfolioReportBuilder.Build(title, shared.Describe(parse, prices, returns, cov), inputs, [allocation], frontier, notes));
            }

            return allocation.Status == OptimizationStatus.Optimal ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static OptimizationInputs WithFiles(ParseResult parse, OptimizationInputs inputs, Option<string?> sectors, Option<string?> limits, Option<string?> current)
    {
        string? sectorFile = parse.GetValue(sectors), limitFile = parse.GetValue(limits), currentFile = parse.GetValue(current);
        if ((sectorFile is null) != (limitFile is null))
        {
            throw new CliUsageException("--sectors and --sector-limits go together");
        }

        if (sectorFile is not null)
        {
            Dictionary<string, string> map = ConstraintFiles.Sectors(sectorFile, inputs.Symbols);
            inputs = inputs with { Sectors = map, SectorLimits = ConstraintFiles.SectorLimits(limitFile!, map) };
        }

        if ((currentFile is null) != (inputs.MaxTurnover is null))
        {
            throw new CliUsageException("--current-weights and --max-turnover go together");
        }

        if (currentFile is not null)
        {
            Dictionary<string, double> held = KeyValueFile.Read(currentFile, "weight");
            string? unknown = held.Keys.FirstOrDefault(k => !inputs.Symbols.Contains(k, StringComparer.OrdinalIgnoreCase));
            inputs = unknown is null
                ? inputs with { CurrentWeights = [.. inputs.Symbols.Select(s => held.GetValueOrDefault(s))] }
                : throw new CliUsageException($"{currentFile}: unknown symbol '{unknown}' (not a column of the price file)");
        }

        return inputs;
    }

    private static OptimizationInputs Posterior(ParseResult parse, OptimizationInputs inputs, Option<string?> views, Option<string?> caps)
    {
        string viewFile = parse.GetValue(views) ?? throw new CliUsageException("black-litterman needs --views FILE");
        string capFile = parse.GetValue(caps) ?? throw new CliUsageException("black-litterman needs --market-caps FILE (the market-implied prior)");
        Dictionary<string, double> capMap = KeyValueFile.Read(capFile, "cap");
        string? missing = inputs.Symbols.FirstOrDefault(s => !capMap.ContainsKey(s));
        if (missing is not null)
        {
            throw new CliUsageException($"{capFile}: no market cap for {missing}");
        }

        List<BlackLittermanView> parsed = ConstraintFiles.Views(viewFile, inputs.Symbols);
        double delta = inputs.RiskAversion;
        double[] prior = BlackLitterman.MarketImpliedPrior([.. inputs.Symbols.Select(s => capMap[s])], delta, inputs.Covariance, inputs.RiskFreeRate);
        try
        {
            BlackLittermanResult post = BlackLitterman.Posterior(inputs.Covariance, inputs.Symbols, prior, parsed, riskAversion: delta, idzorek: parsed.All(v => v.Confidence is not null));
            return inputs with { ExpectedReturns = post.PosteriorReturns, Covariance = post.PosteriorCovariance };
        }
        catch (ArgumentException ex)
        {
            throw CliUsageException.From(ex, $"{viewFile}");
        }
    }

    private static void Write(CliContext context, OutputFormat format, PortfolioAllocation a, CovarianceEstimate cov, double mu, double vol, double sharpe, double riskFree, double? cvar)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(context.Out, new
                {
                    method = a.Method,
                    status = a.Status,
                    reason = a.Reason,
                    weights = a.Symbols.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => a.Weights.Count > p.i ? a.Weights[p.i] : double.NaN),
                    expectedReturn = mu,
                    volatility = vol,
                    sharpe,
                    riskFreeRate = riskFree,
                    cvar,
                    covariance = new { method = cov.Method, shrinkageIntensity = cov.ShrinkageIntensity, factorCount = cov.FactorCount, explainedVariance = cov.ExplainedVariance, noiseEdge = cov.NoiseEdge, repair = cov.Repair },
                    diagnostics = new { iterations = a.Iterations, solveTimeMs = a.SolveTime.TotalMilliseconds },
                });
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(context.Out, ["symbol", "weight"], a.Symbols.Select((s, i) => (IReadOnlyList<string>)[s, a.Weights[i].ToString("R", CultureInfo.InvariantCulture)]));
                break;
            default:
                if (a.Status != OptimizationStatus.Optimal)
                {
                    context.Out.WriteLine($"{a.Method}: {a.Status}: {a.Reason}");
                    return;
                }

                Output.WriteTable(context.Out, ["symbol", "weight"], a.Symbols.Select((s, i) => (IReadOnlyList<string>)[s, Output.Percent(a.Weights[i])]));
                context.Out.WriteLine($"{a.Method}: expected return {Output.Percent(mu)}, volatility {Output.Percent(vol)}, Sharpe {sharpe:F3} (risk-free {Output.Percent(riskFree)}); covariance {cov.Method}{PortfolioOptions.Describe(cov)}"
                    + (a.Reason is string r ? $"; {r}" : string.Empty));
                break;
        }
    }

    private static (double Lo, double Hi) ParseBounds(string? text)
    {
        if (text is null)
        {
            return (0, 1);
        }

        string[] parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lo)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double hi)
            && lo <= hi)
        {
            return (lo, hi);
        }

        throw new CliUsageException($"--weight-bounds must be LO,HI with LO <= HI, got '{text}'");
    }

    private static LinkageMethod ParseLinkage(string text) => text.ToLowerInvariant() switch
    {
        "single" => LinkageMethod.Single,
        "complete" => LinkageMethod.Complete,
        "average" => LinkageMethod.Average,
        "ward" => LinkageMethod.Ward,
        _ => throw new CliUsageException($"--linkage must be single, complete, average or ward, got '{text}'"),
    };

    private static double[]? ParseBudgets(string? text, IReadOnlyList<string> symbols)
    {
        if (text is null)
        {
            return null;
        }

        var budgets = new double[symbols.Count];
        foreach (string pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=');
            int i = kv.Length == 2 ? symbols.ToList().FindIndex(s => string.Equals(s, kv[0], StringComparison.OrdinalIgnoreCase)) : -1;
            if (i < 0)
            {
                throw new CliUsageException($"--risk-budgets: '{pair}' is not SYMBOL=BUDGET for a symbol of the price file");
            }

            budgets[i] = double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double b) && b > 0
                ? b
                : throw new CliUsageException($"--risk-budgets: budget of {kv[0]} must be a positive number");
        }

        int missing = Array.FindIndex(budgets, b => b == 0);
        return missing < 0 ? budgets : throw new CliUsageException($"--risk-budgets: no budget for {symbols[missing]}");
    }
}
