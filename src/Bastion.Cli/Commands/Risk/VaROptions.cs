using System.CommandLine;
using Bastion.Cli.Infrastructure;
using Bastion.Numerics.Statistics;
using Bastion.Risk.VaR;

namespace Bastion.Cli.Commands.Risk;

/// <summary>The VaR method options shared by <c>risk var</c> and <c>risk backtest</c>.</summary>
internal sealed class VaROptions
{
    public Option<string> Method { get; } = new Option<string>("--method")
    {
        Description = "historical | normal | student-t | cornish-fisher | monte-carlo | filtered-historical",
        DefaultValueFactory = _ => "historical",
    }.AcceptOnlyFromAmong(VaRSettings.Methods);

    public Option<double> Confidence { get; } = new("--confidence")
    {
        Description = "VaR confidence level in (0, 1), e.g. 0.99",
        DefaultValueFactory = _ => 0.99,
    };

    public Option<int> Horizon { get; } = new("--horizon")
    {
        Description = "Horizon in trading days (1, 10, 21, 30 or any positive number)",
        DefaultValueFactory = _ => 1,
    };

    public Option<string> Scaling { get; } = new Option<string>("--scaling")
    {
        Description = "Multi-day rule: sqrt (one-day VaR x sqrt(h)) or overlapping (method on overlapping h-day compounded returns)",
        DefaultValueFactory = _ => "sqrt",
    }.AcceptOnlyFromAmong("sqrt", "overlapping");

    public Option<string> Quantile { get; } = new Option<string>("--quantile")
    {
        Description = "Empirical quantile definition (NumPy names): linear | lower | higher | nearest | midpoint",
        DefaultValueFactory = _ => "linear",
    }.AcceptOnlyFromAmong("linear", "lower", "higher", "nearest", "midpoint");

    public Option<ulong> Seed { get; } = new("--seed")
    {
        Description = "Random seed for monte-carlo",
        DefaultValueFactory = _ => 42UL,
    };

    public Option<int> Simulations { get; } = new("--simulations")
    {
        Description = "Monte Carlo draws",
        DefaultValueFactory = _ => 100_000,
    };

    public Option<string> Simulation { get; } = new Option<string>("--simulation")
    {
        Description = "Monte Carlo model: normal | student-t | bootstrap",
        DefaultValueFactory = _ => "normal",
    }.AcceptOnlyFromAmong("normal", "student-t", "bootstrap");

    public Option<double> DegreesOfFreedom { get; } = new("--dof")
    {
        Description = "Student t degrees of freedom (> 2) for student-t and monte-carlo student-t",
        DefaultValueFactory = _ => 5.0,
    };

    public Option<string> Filter { get; } = new Option<string>("--filter")
    {
        Description = "filtered-historical volatility model: ewma | garch",
        DefaultValueFactory = _ => "ewma",
    }.AcceptOnlyFromAmong("ewma", "garch");

    public Option<double> Lambda { get; } = new("--lambda")
    {
        Description = "EWMA decay for filtered-historical",
        DefaultValueFactory = _ => 0.94,
    };

    public void AddTo(Command command)
    {
        foreach (Option o in new Option[] { Method, Confidence, Horizon, Scaling, Quantile, Seed, Simulations, Simulation, DegreesOfFreedom, Filter, Lambda })
        {
            command.Options.Add(o);
        }
    }

    public VaRSettings Read(ParseResult parse)
    {
        double confidence = parse.GetValue(Confidence);
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new CliUsageException($"--confidence must be in (0, 1), got {confidence}");
        }

        int horizon = parse.GetValue(Horizon);
        if (horizon < 1)
        {
            throw new CliUsageException($"--horizon must be a positive number of days, got {horizon}");
        }

        int simulations = parse.GetValue(Simulations);
        if (simulations < 100)
        {
            throw new CliUsageException($"--simulations must be at least 100, got {simulations}");
        }

        double dof = parse.GetValue(DegreesOfFreedom);
        if (!(dof > 2.0) || double.IsInfinity(dof))
        {
            throw new CliUsageException($"--dof must be a finite number above 2, got {dof}");
        }

        double lambda = parse.GetValue(Lambda);
        if (!(lambda > 0.0 && lambda < 1.0))
        {
            throw new CliUsageException($"--lambda must be in (0, 1), got {lambda}");
        }

        return new VaRSettings(
            parse.GetValue(Method)!,
            confidence,
            horizon,
            parse.GetValue(Scaling) == "overlapping" ? HorizonScaling.OverlappingReturns : HorizonScaling.SquareRootOfTime,
            Enum.Parse<QuantileMethod>(parse.GetValue(Quantile)!, ignoreCase: true),
            parse.GetValue(Seed),
            simulations,
            parse.GetValue(Simulation)!,
            dof,
            parse.GetValue(Filter) == "garch" ? VolatilityFilter.Garch : VolatilityFilter.Ewma,
            lambda);
    }
}
