using Bastion.Numerics.Optimization;

namespace Bastion.Portfolio.Optimization;

/// <summary>The mean–variance efficient frontier under the constraints of <see cref="OptimizationInputs"/>.</summary>
public static class EfficientFrontier
{
    /// <summary>
    /// <paramref name="points"/> portfolios with target returns evenly spaced from the minimum-volatility portfolio's
    /// return to the largest feasible return (the max-return corner, an LP), each the minimum-variance portfolio for its
    /// target. Empty when the constraints are infeasible; the reason is then in <paramref name="failure"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than 2 points, or invalid inputs.</exception>
    public static IReadOnlyList<FrontierPoint> Compute(OptimizationInputs inputs, int points, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (points < 2)
        {
            throw new ArgumentException($"a frontier needs at least 2 points, got {points}", nameof(points));
        }

        failure = null;
        PortfolioAllocation minVol = MeanVarianceOptimizers.MinVolatility(inputs);
        if (minVol.Status != OptimizationStatus.Optimal)
        {
            failure = minVol.Reason;
            return [];
        }

        var corner = new ConstraintModel(inputs, 0, homogeneous: false);
        SolverResult top = new ConvexSolver().Solve(corner.Build(MeanVarianceOptimizers.ReturnCost(corner, inputs, 0), null));
        if (top.Status != SolverStatus.Optimal)
        {
            failure = "the largest feasible return is unbounded or could not be found";
            return [];
        }

        double low = PortfolioOptimizers.Performance(inputs, minVol.Weights).ExpectedReturn;
        double high = -top.Objective;
        double span = Math.Max(high - low, 0);
        var frontier = new List<FrontierPoint>(points) { Point(inputs, minVol.Weights) };
        for (int k = 1; k < points; k++)
        {
            double target = low + (span * k / (points - 1)) - (k == points - 1 ? 1e-9 * Math.Max(span, 1e-12) : 0);
            PortfolioAllocation a = MeanVarianceOptimizers.EfficientReturn(inputs with { TargetReturn = target });
            if (a.Status != OptimizationStatus.Optimal)
            {
                failure = $"target return {target:R}: {a.Reason}";
                return frontier;
            }

            frontier.Add(Point(inputs, a.Weights));
        }

        return frontier;
    }

    private static FrontierPoint Point(OptimizationInputs inputs, IReadOnlyList<double> weights)
    {
        (double mu, double vol, _) = PortfolioOptimizers.Performance(inputs, weights);
        return new FrontierPoint(mu, vol, weights);
    }
}
