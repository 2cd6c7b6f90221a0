namespace Bastion.Numerics.Optimization;

/// <summary>
/// A convex problem: minimize ½xᵀPx + qᵀx subject to Ax = b, Gx ≤ h, lb ≤ x ≤ ub and second-order cones
/// ‖Fₖx + gₖ‖₂ ≤ dₖᵀx + eₖ. P must be symmetric positive semidefinite (symmetry is checked, semidefiniteness is
/// not: an indefinite P ends in <see cref="SolverStatus.NumericalTrouble"/> or an unboundedness certificate).
/// Bounds may be infinite (−∞ lower, +∞ upper); lb = ub fixes a variable. Immutable: all arrays are copied, so
/// one problem may be solved from several threads.
/// </summary>
public sealed class ConvexProblem
{
    private ConvexProblem(int n)
    {
        VariableCount = n;
    }

    /// <summary>Number of variables n.</summary>
    public int VariableCount { get; }

    /// <summary>Number of equality rows (rows of A).</summary>
    public int EqualityCount => B.Length;

    /// <summary>Number of linear inequality rows (rows of G).</summary>
    public int InequalityCount => H.Length;

    /// <summary>The second-order cone constraints, in the order given.</summary>
    public IReadOnlyList<SecondOrderCone> Cones { get; private init; } = [];

    /// <summary>True when the objective has a quadratic term.</summary>
    public bool HasQuadraticCost => P is not null;

    internal double[]? P { get; private init; }

    internal double[] Q { get; private init; } = [];

    internal double[] A { get; private init; } = [];

    internal double[] B { get; private init; } = [];

    internal double[] G { get; private init; } = [];

    internal double[] H { get; private init; } = [];

    internal double[] Lower { get; private init; } = [];

    internal double[] Upper { get; private init; } = [];

    /// <summary>Builds and validates a problem. Null arguments mean "absent".</summary>
    /// <param name="linearCost">q, length n ≥ 1.</param>
    /// <param name="quadraticCost">P, n × n, symmetric positive semidefinite; null for a linear or conic program.</param>
    /// <param name="equalityMatrix">A, p × n.</param>
    /// <param name="equalityRhs">b, length p.</param>
    /// <param name="inequalityMatrix">G, m × n.</param>
    /// <param name="inequalityRhs">h, length m.</param>
    /// <param name="lowerBounds">lb, length n; −∞ entries mean unbounded below. Null means all −∞.</param>
    /// <param name="upperBounds">ub, length n; +∞ entries mean unbounded above. Null means all +∞.</param>
    /// <param name="cones">Second-order cone constraints, each with n columns.</param>
    /// <param name="symmetryTolerance">Largest accepted |Pᵢⱼ − Pⱼᵢ| relative to max(1, max|P|); P is symmetrized.</param>
    /// <exception cref="ArgumentException">Empty problem, mismatched dimensions, NaN/∞ data, non-symmetric P, lb &gt; ub.</exception>
    public static ConvexProblem Create(
        double[] linearCost,
        double[,]? quadraticCost = null,
        double[,]? equalityMatrix = null,
        double[]? equalityRhs = null,
        double[,]? inequalityMatrix = null,
        double[]? inequalityRhs = null,
        double[]? lowerBounds = null,
        double[]? upperBounds = null,
        IReadOnlyList<SecondOrderCone>? cones = null,
        double symmetryTolerance = 1e-10)
    {
        ArgumentNullException.ThrowIfNull(linearCost);
        int n = linearCost.Length;
        if (n == 0)
        {
            throw new ArgumentException("The problem has no variables.", nameof(linearCost));
        }

        if (!double.IsFinite(symmetryTolerance) || symmetryTolerance < 0)
        {
            throw new ArgumentException("symmetryTolerance must be finite and non-negative.", nameof(symmetryTolerance));
        }

        ProblemGuards.RequireFinite(linearCost, nameof(linearCost));
        double[]? p = quadraticCost is null ? null : Symmetric(quadraticCost, n, symmetryTolerance);
        (double[] a, double[] b) = Rows(equalityMatrix, equalityRhs, n, nameof(equalityMatrix), nameof(equalityRhs));
        (double[] g, double[] h) = Rows(inequalityMatrix, inequalityRhs, n, nameof(inequalityMatrix), nameof(inequalityRhs));
        double[] lower = Bounds(lowerBounds, n, double.NegativeInfinity, nameof(lowerBounds));
        double[] upper = Bounds(upperBounds, n, double.PositiveInfinity, nameof(upperBounds));
        for (int i = 0; i < n; i++)
        {
            if (lower[i] == double.PositiveInfinity)
            {
                throw new ArgumentException($"lowerBounds[{i}] is +∞.", nameof(lowerBounds));
            }

            if (upper[i] == double.NegativeInfinity)
            {
                throw new ArgumentException($"upperBounds[{i}] is −∞.", nameof(upperBounds));
            }

            if (lower[i] > upper[i])
            {
                throw new ArgumentException($"lowerBounds[{i}] = {lower[i]} exceeds upperBounds[{i}] = {upper[i]}.", nameof(lowerBounds));
            }
        }

        var coneList = new List<SecondOrderCone>();
        if (cones is not null)
        {
            for (int k = 0; k < cones.Count; k++)
            {
                SecondOrderCone cone = cones[k] ?? throw new ArgumentException($"cones[{k}] is null.", nameof(cones));
                if (cone.Columns != n)
                {
                    throw new ArgumentException($"cones[{k}] has {cone.Columns} columns but the problem has {n} variables.", nameof(cones));
                }

                coneList.Add(cone);
            }
        }

        return new ConvexProblem(n)
        {
            P = p,
            Q = (double[])linearCost.Clone(),
            A = a,
            B = b,
            G = g,
            H = h,
            Lower = lower,
            Upper = upper,
            Cones = coneList.AsReadOnly(),
        };
    }

    /// <summary>Objective ½xᵀPx + qᵀx at <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentException">x does not have n entries.</exception>
    public double Objective(ReadOnlySpan<double> x)
    {
        if (x.Length != VariableCount)
        {
            throw new ArgumentException($"x has {x.Length} entries, expected {VariableCount}.", nameof(x));
        }

        double value = Kernels.DenseKernels.Dot(Q, x);
        if (P is not null)
        {
            int n = VariableCount;
            double quad = 0;
            for (int i = 0; i < n; i++)
            {
                quad += x[i] * Kernels.DenseKernels.Dot(P.AsSpan(i * n, n), x);
            }

            value += 0.5 * quad;
        }

        return value;
    }

    private static double[] Symmetric(double[,] matrix, int n, double tolerance)
    {
        if (matrix.GetLength(0) != n || matrix.GetLength(1) != n)
        {
            throw new ArgumentException($"quadraticCost is {matrix.GetLength(0)}×{matrix.GetLength(1)}, expected {n}×{n}.", "quadraticCost");
        }

        double[] flat = ProblemGuards.Flatten(matrix, "quadraticCost");
        double scale = 1;
        foreach (double v in flat)
        {
            scale = Math.Max(scale, Math.Abs(v));
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double upper = flat[(i * n) + j];
                double lower = flat[(j * n) + i];
                if (Math.Abs(upper - lower) > tolerance * scale)
                {
                    throw new ArgumentException($"quadraticCost is not symmetric: [{i},{j}] = {upper}, [{j},{i}] = {lower}.", "quadraticCost");
                }

                double mean = 0.5 * (upper + lower);
                flat[(i * n) + j] = mean;
                flat[(j * n) + i] = mean;
            }
        }

        return flat;
    }

    private static (double[] Matrix, double[] Rhs) Rows(double[,]? matrix, double[]? rhs, int n, string matrixName, string rhsName)
    {
        if (matrix is null && rhs is null)
        {
            return ([], []);
        }

        if (matrix is null || rhs is null)
        {
            throw new ArgumentException($"{matrixName} and {rhsName} must be given together.", matrix is null ? matrixName : rhsName);
        }

        if (matrix.GetLength(1) != n && matrix.GetLength(0) > 0)
        {
            throw new ArgumentException($"{matrixName} has {matrix.GetLength(1)} columns, expected {n}.", matrixName);
        }

        if (rhs.Length != matrix.GetLength(0))
        {
            throw new ArgumentException($"{rhsName} has length {rhs.Length} but {matrixName} has {matrix.GetLength(0)} rows.", rhsName);
        }

        ProblemGuards.RequireFinite(rhs, rhsName);
        return (ProblemGuards.Flatten(matrix, matrixName), (double[])rhs.Clone());
    }

    private static double[] Bounds(double[]? bounds, int n, double absent, string name)
    {
        if (bounds is null)
        {
            var all = new double[n];
            Array.Fill(all, absent);
            return all;
        }

        if (bounds.Length != n)
        {
            throw new ArgumentException($"{name} has length {bounds.Length}, expected {n}.", name);
        }

        for (int i = 0; i < n; i++)
        {
            if (double.IsNaN(bounds[i]))
            {
                throw new ArgumentException($"{name}[{i}] is NaN.", name);
            }
        }

        return (double[])bounds.Clone();
    }
}
