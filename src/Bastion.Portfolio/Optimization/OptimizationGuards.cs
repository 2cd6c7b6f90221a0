namespace Bastion.Portfolio.Optimization;

/// <summary>Argument checks shared by the solver-based optimizers.</summary>
internal static class OptimizationGuards
{
    public static void Validate(OptimizationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int n = inputs.Symbols.Count;
        if (n == 0)
        {
            throw new ArgumentException("at least one asset is needed", nameof(inputs));
        }

        if (inputs.ExpectedReturns.Count != n || inputs.Covariance.GetLength(0) != n || inputs.Covariance.GetLength(1) != n)
        {
            throw new ArgumentException($"{n} symbols, {inputs.ExpectedReturns.Count} expected returns and a {inputs.Covariance.GetLength(0)}×{inputs.Covariance.GetLength(1)} covariance", nameof(inputs));
        }

        if (double.IsNaN(inputs.LowerBound) || double.IsNaN(inputs.UpperBound) || inputs.LowerBound > inputs.UpperBound)
        {
            throw new ArgumentException($"weight bounds [{inputs.LowerBound}, {inputs.UpperBound}] are not an interval", nameof(inputs));
        }

        if (inputs.MaxTurnover is { } t && (inputs.CurrentWeights is null || inputs.CurrentWeights.Count != n || !(t >= 0)))
        {
            throw new ArgumentException("a turnover cap needs a non-negative MaxTurnover and CurrentWeights for every asset", nameof(inputs));
        }

        if ((inputs.TransactionCosts is not null || inputs.MarketImpact is not null) && (inputs.CurrentWeights is null || inputs.CurrentWeights.Count != n))
        {
            throw new ArgumentException("transaction costs need CurrentWeights for every asset", nameof(inputs));
        }

        if ((inputs.TransactionCosts is { } c && (c.Count != n || c.Any(v => !(v >= 0)))) || (inputs.MarketImpact is { } k && (k.Count != n || k.Any(v => !(v >= 0)))))
        {
            throw new ArgumentException("transaction costs and market impact need one non-negative coefficient per asset", nameof(inputs));
        }

        if (inputs.MaxTrackingError is { } te && (inputs.BenchmarkWeights is null || inputs.BenchmarkWeights.Count != n || !(te > 0)))
        {
            throw new ArgumentException("a tracking-error cap needs a positive MaxTrackingError and BenchmarkWeights for every asset", nameof(inputs));
        }

        if ((inputs.FactorLoadings is null) != (inputs.FactorBounds is null)
            || (inputs.FactorLoadings is { } b && (b.GetLength(0) != n || b.GetLength(1) != inputs.FactorBounds!.Count)))
        {
            throw new ArgumentException("factor bounds need an n × k loading matrix and k (min, max) pairs", nameof(inputs));
        }

        if (!(inputs.L2Gamma >= 0))
        {
            throw new ArgumentException($"L2Gamma = {inputs.L2Gamma} must be non-negative", nameof(inputs));
        }
    }

    /// <summary>The (Columns × Columns) matrix with <paramref name="scale"/>·Σ + 2γI in the weight block.</summary>
    public static double[,] Quadratic(OptimizationInputs inputs, int columns, double scale)
    {
        int n = inputs.Symbols.Count;
        var p = new double[columns, columns];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                p[i, j] = scale * 0.5 * (inputs.Covariance[i, j] + inputs.Covariance[j, i]);
            }

            p[i, i] += 2 * inputs.L2Gamma;
        }

        return p;
    }

    /// <summary>Lower-triangular L with LLᵀ = Σ, for a positive semidefinite Σ (zero columns where a pivot vanishes).</summary>
    /// <exception cref="ArgumentException">Σ is not positive semidefinite.</exception>
    public static double[,] CholeskyFactor(double[,] covariance)
    {
        int n = covariance.GetLength(0);
        var l = new double[n, n];
        double scale = 0;
        for (int i = 0; i < n; i++)
        {
            scale = Math.Max(scale, covariance[i, i]);
        }

        double tiny = 1e-13 * scale;
        for (int j = 0; j < n; j++)
        {
            double d = covariance[j, j];
            for (int k = 0; k < j; k++)
            {
                d -= l[j, k] * l[j, k];
            }

            if (d < -1e-9 * scale)
            {
                throw new ArgumentException($"the covariance is not positive semidefinite (pivot {j} is {d})", nameof(covariance));
            }

            if (d <= tiny)
            {
                continue;
            }

            double root = Math.Sqrt(d);
            l[j, j] = root;
            for (int i = j + 1; i < n; i++)
            {
                double s = covariance[i, j];
                for (int k = 0; k < j; k++)
                {
                    s -= l[i, k] * l[j, k];
                }

                l[i, j] = s / root;
            }
        }

        return l;
    }

    /// <summary>A cone matrix F (n × columns) holding <paramref name="block"/>ᵀ in its weight columns.</summary>
    public static double[,] TransposedBlock(double[,] block, int columns)
    {
        int n = block.GetLength(0);
        var f = new double[n, columns];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                f[i, j] = block[j, i];
            }
        }

        return f;
    }
}
