using Bastion.Numerics.Optimization.Kernels;

namespace Bastion.Numerics.Optimization.InteriorPoint;

/// <summary>
/// The interior-point view of a <see cref="ConvexProblem"/>: minimize ½xᵀPx + qᵀx s.t. Ax = b, Gx + s = h, s ∈ K.
/// A = [user rows; eᵢᵀ for fixed variables lb = ub]. The slack layout is [finite bounds | user G rows | cones]:
/// bound rows are kept implicit (index and sign) so that GᵀW⁻²G adds only to the diagonal; user rows and cone rows
/// (cone k contributes rows [−dₖᵀ; −Fₖ] with right-hand side [eₖ; gₖ]) are dense.
/// </summary>
internal sealed class StandardForm
{
    public StandardForm(ConvexProblem problem)
    {
        Problem = problem;
        int n = problem.VariableCount;
        N = n;
        P = problem.P;
        Q = problem.Q;
        var fixedIndex = new List<int>();
        var boundIndex = new List<int>();
        var boundSign = new List<double>();
        var boundRhs = new List<double>();
        for (int i = 0; i < n; i++)
        {
            double lo = problem.Lower[i];
            double hi = problem.Upper[i];
            if (lo == hi)
            {
                fixedIndex.Add(i);
                continue;
            }

            if (double.IsFinite(hi))
            {
                boundIndex.Add(i);
                boundSign.Add(1.0);
                boundRhs.Add(hi);
            }

            if (double.IsFinite(lo))
            {
                boundIndex.Add(i);
                boundSign.Add(-1.0);
                boundRhs.Add(-lo);
            }
        }

        FixedIndex = [.. fixedIndex];
        UserEqualities = problem.EqualityCount;
        EqualityCount = UserEqualities + FixedIndex.Length;
        A = new double[EqualityCount * n];
        Array.Copy(problem.A, A, problem.A.Length);
        B = new double[EqualityCount];
        Array.Copy(problem.B, B, problem.B.Length);
        for (int k = 0; k < FixedIndex.Length; k++)
        {
            int row = UserEqualities + k;
            A[(row * n) + FixedIndex[k]] = 1.0;
            B[row] = problem.Lower[FixedIndex[k]];
        }

        BoundIndex = [.. boundIndex];
        BoundSign = [.. boundSign];
        UserInequalities = problem.InequalityCount;
        var socSizes = new List<int>();
        int denseRows = UserInequalities;
        foreach (SecondOrderCone cone in problem.Cones)
        {
            socSizes.Add(cone.Rows + 1);
            denseRows += cone.Rows + 1;
        }

        DenseRows = denseRows;
        GDense = new double[denseRows * n];
        Array.Copy(problem.G, GDense, problem.G.Length);
        int m = BoundIndex.Length + denseRows;
        H = new double[m];
        boundRhs.CopyTo(H);
        Array.Copy(problem.H, 0, H, BoundIndex.Length, UserInequalities);
        int r = UserInequalities;
        foreach (SecondOrderCone cone in problem.Cones)
        {
            for (int j = 0; j < n; j++)
            {
                GDense[(r * n) + j] = -cone.D[j];
            }

            H[BoundIndex.Length + r] = cone.E;
            for (int i = 0; i < cone.Rows; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    GDense[((r + 1 + i) * n) + j] = -cone.FRowMajor[(i * n) + j];
                }

                H[BoundIndex.Length + r + 1 + i] = cone.G[i];
            }

            r += cone.Rows + 1;
        }

        Cone = new ConeScaling(BoundIndex.Length + UserInequalities, socSizes);
        ATransposed = Transpose(A, EqualityCount, n);
    }

    public ConvexProblem Problem { get; }

    public int N { get; }

    public double[]? P { get; }

    public double[] Q { get; }

    public double[] A { get; }

    /// <summary>Aᵀ, n × p row-major (for AᵀA and Schur complements).</summary>
    public double[] ATransposed { get; }

    public double[] B { get; }

    public int EqualityCount { get; }

    public int UserEqualities { get; }

    public int[] FixedIndex { get; }

    public int[] BoundIndex { get; }

    public double[] BoundSign { get; }

    public int UserInequalities { get; }

    public int DenseRows { get; }

    public double[] GDense { get; }

    public double[] H { get; }

    public int M => H.Length;

    public ConeScaling Cone { get; }

    public void MulP(ReadOnlySpan<double> x, Span<double> y)
    {
        if (P is null)
        {
            y[..N].Clear();
            return;
        }

        DenseKernels.MatVec(P, N, N, x, y);
    }

    /// <summary>y = A x.</summary>
    public void MulA(ReadOnlySpan<double> x, Span<double> y) => DenseKernels.MatVec(A, EqualityCount, N, x, y);

    /// <summary>y += Aᵀ x.</summary>
    public void MulATransposeAdd(ReadOnlySpan<double> x, Span<double> y) => DenseKernels.MatTransposeVecAdd(A, EqualityCount, N, x, y);

    /// <summary>y = G x.</summary>
    public void MulG(ReadOnlySpan<double> x, Span<double> y)
    {
        int nb = BoundIndex.Length;
        for (int i = 0; i < nb; i++)
        {
            y[i] = BoundSign[i] * x[BoundIndex[i]];
        }

        DenseKernels.MatVec(GDense, DenseRows, N, x, y[nb..]);
    }

    /// <summary>y += Gᵀ x.</summary>
    public void MulGTransposeAdd(ReadOnlySpan<double> x, Span<double> y)
    {
        int nb = BoundIndex.Length;
        for (int i = 0; i < nb; i++)
        {
            y[BoundIndex[i]] += BoundSign[i] * x[i];
        }

        DenseKernels.MatTransposeVecAdd(GDense, DenseRows, N, x[nb..], y);
    }

    private static double[] Transpose(double[] m, int rows, int columns)
    {
        var t = new double[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                t[(j * rows) + i] = m[(i * columns) + j];
            }
        }

        return t;
    }
}
