using System.Diagnostics;
using Bastion.Numerics.Optimization;

namespace Bastion.Portfolio.Optimization;

/// <summary>
/// Turns the constraints of <see cref="OptimizationInputs"/> into solver rows over the columns
/// [w (n) | turnover auxiliaries t (n, when a turnover cap is set) | method extras | κ (homogenized methods)].
/// Every row belongs to a named group; when a solve is primal infeasible, the model re-solves the feasibility problem
/// dropping one group at a time and names the groups whose removal restores feasibility. In a homogenized model
/// (Cornuéjols–Tütüncü) every row aᵀx ≤ b becomes aᵀx − bκ ≤ 0 unless it is added with <c>homogenize: false</c>.
/// </summary>
internal sealed class ConstraintModel
{
    public const string BoundsGroup = "weight bounds";
    public const string BudgetGroup = "budget";
    public const string SectorGroup = "sector limits";
    public const string TurnoverGroup = "turnover limit";
    public const string TrackingErrorGroup = "tracking error";
    public const string FactorGroup = "factor exposures";

    private static readonly SolverOptions s_options = new();
    private static readonly SolverOptions s_coneOptions = new() { RelativeGapTolerance = 1e-12, AbsoluteGapTolerance = 1e-15 };

    private readonly List<Row> _equalities = [];
    private readonly List<Row> _inequalities = [];
    private readonly List<(string Group, SecondOrderCone Cone)> _cones = [];
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly bool _homogeneous;
    private readonly OptimizationInputs _inputs;

    public ConstraintModel(OptimizationInputs inputs, int extraColumns, bool homogeneous, bool budgetAsCap = false)
    {
        OptimizationGuards.Validate(inputs);
        _inputs = inputs;
        _homogeneous = homogeneous;
        N = inputs.Symbols.Count;
        TurnoverColumns = inputs.MaxTurnover is null && inputs.TransactionCosts is null ? 0 : N;
        if (homogeneous && (inputs.TransactionCosts is not null || inputs.MarketImpact is not null))
        {
            throw new ArgumentException("transaction costs are not defined for ratio objectives (max-sharpe, max-diversification)", nameof(inputs));
        }

        ExtraOffset = N + TurnoverColumns;
        Columns = ExtraOffset + extraColumns + (homogeneous ? 1 : 0);
        KappaIndex = homogeneous ? Columns - 1 : -1;
        _lower = new double[Columns];
        _upper = new double[Columns];
        Array.Fill(_lower, double.NegativeInfinity);
        Array.Fill(_upper, double.PositiveInfinity);
        AddBounds(inputs, budgetAsCap);
        AddBudget(inputs, budgetAsCap);
        AddSectors(inputs);
        AddTurnover(inputs);
        AddTrackingError(inputs);
        AddFactorExposures(inputs);
        if (homogeneous)
        {
            _lower[KappaIndex] = 0;
        }
    }

    /// <summary>Number of assets.</summary>
    public int N { get; }

    /// <summary>Number of turnover auxiliaries (0 or n).</summary>
    public int TurnoverColumns { get; }

    /// <summary>First method-specific column.</summary>
    public int ExtraOffset { get; }

    /// <summary>Total number of solver variables.</summary>
    public int Columns { get; }

    /// <summary>Index of κ, or −1.</summary>
    public int KappaIndex { get; }

    public void AddEquality(string group, double[] row, double rhs, bool homogenize = true) => _equalities.Add(new Row(group, row, rhs, homogenize));

    public void AddInequality(string group, double[] row, double rhs, bool homogenize = true) => _inequalities.Add(new Row(group, row, rhs, homogenize));

    public void AddCone(string group, SecondOrderCone cone) => _cones.Add((group, cone));

    public void SetBounds(int column, double lower, double upper)
    {
        _lower[column] = lower;
        _upper[column] = upper;
    }

    /// <summary>A zero row of the model's width.</summary>
    public double[] NewRow() => new double[Columns];

    /// <summary>Builds the problem, leaving out the rows of <paramref name="omitGroup"/> (null keeps all).</summary>
    public ConvexProblem Build(double[] linearCost, double[,]? quadraticCost, string? omitGroup = null)
    {
        int kappa = KappaIndex;
        double[,]? a = Matrix(_equalities, omitGroup, kappa, out double[]? b);
        double[,]? g = Matrix(_inequalities, omitGroup, kappa, out double[]? h);
        var lower = (double[])_lower.Clone();
        var upper = (double[])_upper.Clone();
        if (omitGroup == BoundsGroup)
        {
            Array.Fill(lower, double.NegativeInfinity, 0, N);
            Array.Fill(upper, double.PositiveInfinity, 0, N);
        }

        if (omitGroup == TurnoverGroup && _inputs.TransactionCosts is null)
        {
            Array.Fill(upper, 0.0, N, TurnoverColumns);
        }

        SecondOrderCone[] cones = [.. _cones.Where(c => c.Group != omitGroup).Select(c => c.Cone)];
        return ConvexProblem.Create(linearCost, quadraticCost, a, b, g, h, lower, upper, cones.Length == 0 ? null : cones);
    }

    /// <summary>Solves and maps the outcome; on infeasibility the reason names the conflicting groups.</summary>
    public (PortfolioAllocation Allocation, SolverResult? Result) Solve(string method, double[] linearCost, double[,]? quadraticCost, Func<double[], double[]> weights)
    {
        var clock = Stopwatch.StartNew();
        // Cone problems have flat optima (weights move ~1e-5 within a 1e-9 gap), so they are first solved to a tighter
        // gap; when that stalls, the default tolerances decide.
        (linearCost, quadraticCost) = WithTradingCosts(linearCost, quadraticCost);
        ConvexProblem problem = Build(linearCost, quadraticCost);
        SolverResult result = new ConvexSolver(_cones.Count > 0 ? s_coneOptions : s_options).Solve(problem);
        if (_cones.Count > 0 && result.Status is SolverStatus.NumericalTrouble or SolverStatus.IterationLimit)
        {
            result = new ConvexSolver(s_options).Solve(problem);
        }

        IReadOnlyList<string> symbols = _inputs.Symbols;
        PortfolioAllocation allocation = result.Status switch
        {
            SolverStatus.Optimal => new PortfolioAllocation(method, OptimizationStatus.Optimal, symbols, weights(result.X), null, result.Iterations, clock.Elapsed),
            SolverStatus.PrimalInfeasible => new PortfolioAllocation(method, OptimizationStatus.Infeasible, symbols, [], Diagnose(), result.Iterations, clock.Elapsed),
            SolverStatus.DualInfeasible => new PortfolioAllocation(method, OptimizationStatus.Unbounded, symbols, [], "the objective improves without limit under these constraints", result.Iterations, clock.Elapsed),
            SolverStatus.IterationLimit => new PortfolioAllocation(method, OptimizationStatus.IterationLimit, symbols, [], "the solver reached its iteration limit", result.Iterations, clock.Elapsed),
            _ => new PortfolioAllocation(method, OptimizationStatus.NumericalTrouble, symbols, [], "the solver ran into numerical difficulty (check the covariance)", result.Iterations, clock.Elapsed),
        };
        return (allocation, result.Status == SolverStatus.Optimal ? result : null);
    }

    /// <summary>Names the constraint groups whose removal alone makes the constraints feasible.</summary>
    public string Diagnose()
    {
        var groups = new List<string>();
        if (_lower.Take(N).Any(double.IsFinite) || _upper.Take(N).Any(double.IsFinite))
        {
            groups.Add(BoundsGroup);
        }

        foreach (string g in _equalities.Select(r => r.Group).Concat(_inequalities.Select(r => r.Group)).Concat(_cones.Select(c => c.Group)))
        {
            if (!groups.Contains(g))
            {
                groups.Add(g);
            }
        }

        var solver = new ConvexSolver();
        var zero = new double[Columns];
        var culprits = groups.Where(g => solver.Solve(Build(zero, null, g)).Status == SolverStatus.Optimal).ToList();
        return culprits.Count switch
        {
            0 => $"infeasible: no single constraint group can be dropped to restore feasibility; the conflict involves several of: {string.Join(", ", groups)}",
            _ => $"infeasible: the {string.Join(" / ", culprits)} constraints conflict with the rest (dropping any one of these restores feasibility)",
        };
    }

    /// <summary>Weights w = x[0..n) (non-homogenized models).</summary>
    public double[] Weights(double[] x) => x[..N];

    private void AddBounds(OptimizationInputs inputs, bool budgetAsCap)
    {
        for (int i = 0; i < N; i++)
        {
            if (!_homogeneous)
            {
                _lower[i] = inputs.LowerBound;
                _upper[i] = inputs.UpperBound;
                continue;
            }

            // Homogenized y ≥ 0·κ is the plain bound y ≥ 0, and with y ≥ 0, Σy = κ the cap y ≤ κ (hi ≥ 1) is implied:
            // keeping those out of the dense rows keeps long-only ratio problems as small as their plain forms.
            bool longOnlyBudget = inputs.LowerBound >= 0 && !inputs.MarketNeutral && !budgetAsCap;
            if (double.IsFinite(inputs.UpperBound) && !(longOnlyBudget && inputs.UpperBound >= 1))
            {
                double[] row = NewRow();
                row[i] = 1;
                AddInequality(BoundsGroup, row, inputs.UpperBound);
            }

            if (inputs.LowerBound == 0)
            {
                _lower[i] = 0;
            }
            else if (double.IsFinite(inputs.LowerBound))
            {
                double[] row = NewRow();
                row[i] = -1;
                AddInequality(BoundsGroup, row, -inputs.LowerBound);
            }
        }
    }

    private void AddBudget(OptimizationInputs inputs, bool asCap)
    {
        double[] row = NewRow();
        Array.Fill(row, 1.0, 0, N);
        double rhs = inputs.MarketNeutral ? 0 : 1;
        if (asCap && !inputs.MarketNeutral)
        {
            AddInequality(BudgetGroup, row, rhs);
        }
        else
        {
            AddEquality(BudgetGroup, row, rhs);
        }
    }

    private void AddSectors(OptimizationInputs inputs)
    {
        if (inputs.Sectors is null || inputs.SectorLimits is null)
        {
            return;
        }

        foreach ((string sector, (double min, double max)) in inputs.SectorLimits.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            double[] upper = NewRow();
            for (int i = 0; i < N; i++)
            {
                if (inputs.Sectors.TryGetValue(inputs.Symbols[i], out string? s) && s == sector)
                {
                    upper[i] = 1;
                }
            }

            double[] lower = [.. upper.Select(v => -v)];
            if (double.IsFinite(max))
            {
                AddInequality(SectorGroup, upper, max);
            }

            if (double.IsFinite(min))
            {
                AddInequality(SectorGroup, lower, -min);
            }
        }
    }

    /// <summary>Adds Σcᵢtᵢ (tᵢ ≥ |wᵢ − w₀ᵢ|) and Σkᵢ(wᵢ − w₀ᵢ)² (constant dropped) to the objective.</summary>
    private (double[] Q, double[,]? P) WithTradingCosts(double[] q, double[,]? p)
    {
        if (_inputs.TransactionCosts is null && _inputs.MarketImpact is null)
        {
            return (q, p);
        }

        q = (double[])q.Clone();
        IReadOnlyList<double> w0 = _inputs.CurrentWeights!;
        if (_inputs.TransactionCosts is { } c)
        {
            for (int i = 0; i < N; i++)
            {
                q[N + i] += c[i];
            }
        }

        if (_inputs.MarketImpact is { } k)
        {
            p = p is null ? new double[Columns, Columns] : (double[,])p.Clone();
            for (int i = 0; i < N; i++)
            {
                p[i, i] += 2 * k[i];
                q[i] -= 2 * k[i] * w0[i];
            }
        }

        return (q, p);
    }

    private void AddFactorExposures(OptimizationInputs inputs)
    {
        if (inputs.FactorLoadings is not { } loadings || inputs.FactorBounds is not { } bounds)
        {
            return;
        }

        for (int j = 0; j < bounds.Count; j++)
        {
            double[] upper = NewRow();
            for (int i = 0; i < N; i++)
            {
                upper[i] = loadings[i, j];
            }

            if (double.IsFinite(bounds[j].Max))
            {
                AddInequality(FactorGroup, upper, bounds[j].Max);
            }

            if (double.IsFinite(bounds[j].Min))
            {
                AddInequality(FactorGroup, [.. upper.Select(v => -v)], -bounds[j].Min);
            }
        }
    }

    private void AddTrackingError(OptimizationInputs inputs)
    {
        if (inputs.MaxTrackingError is not { } te)
        {
            return;
        }

        // ‖Lᵀ(w − b)‖ ≤ TE; homogenized: ‖Lᵀy − (Lᵀb)κ‖ ≤ TE·κ.
        double[,] lt = OptimizationGuards.TransposedBlock(OptimizationGuards.CholeskyFactor(inputs.Covariance), Columns);
        var offset = new double[N];
        for (int r = 0; r < N; r++)
        {
            double s = 0;
            for (int i = 0; i < N; i++)
            {
                s += lt[r, i] * inputs.BenchmarkWeights![i];
            }

            offset[r] = -s;
        }

        double[] d = NewRow();
        if (_homogeneous)
        {
            for (int r = 0; r < N; r++)
            {
                lt[r, KappaIndex] = offset[r];
            }

            d[KappaIndex] = te;
            AddCone(TrackingErrorGroup, Numerics.Optimization.SecondOrderCone.Create(lt, new double[N], d, 0));
        }
        else
        {
            AddCone(TrackingErrorGroup, Numerics.Optimization.SecondOrderCone.Create(lt, offset, d, te));
        }
    }

    private void AddTurnover(OptimizationInputs inputs)
    {
        if (TurnoverColumns == 0)
        {
            return;
        }

        string group = inputs.MaxTurnover is null ? "transaction costs" : TurnoverGroup;
        IReadOnlyList<double> w0 = inputs.CurrentWeights!;
        double[] total = NewRow();
        for (int i = 0; i < N; i++)
        {
            _lower[N + i] = 0;
            double[] up = NewRow();
            up[i] = 1;
            up[N + i] = -1;
            AddInequality(group, up, w0[i]);
            double[] down = NewRow();
            down[i] = -1;
            down[N + i] = -1;
            AddInequality(group, down, -w0[i]);
            total[N + i] = 1;
        }

        if (inputs.MaxTurnover is { } cap)
        {
            AddInequality(TurnoverGroup, total, cap);
        }
    }

    private static double[,]? Matrix(List<Row> rows, string? omit, int kappa, out double[]? rhs)
    {
        var kept = rows.Where(r => r.Group != omit).ToList();
        if (kept.Count == 0)
        {
            rhs = null;
            return null;
        }

        int columns = kept[0].Coefficients.Length;
        var m = new double[kept.Count, columns];
        rhs = new double[kept.Count];
        for (int r = 0; r < kept.Count; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                m[r, c] = kept[r].Coefficients[c];
            }

            if (kappa >= 0 && kept[r].Homogenize)
            {
                m[r, kappa] -= kept[r].Rhs;
            }
            else
            {
                rhs[r] = kept[r].Rhs;
            }
        }

        return m;
    }

    private sealed record Row(string Group, double[] Coefficients, double Rhs, bool Homogenize);
}
