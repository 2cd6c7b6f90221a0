namespace Bastion.Numerics.LinearAlgebra;

/// <summary>Guard clauses shared by the numerics entry points: validate shape and finiteness before any work.</summary>
internal static class MatrixGuard
{
    internal static void Finite(double[,] matrix, string name, int minRows = 1, int minColumns = 1)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        int rows = matrix.GetLength(0);
        int columns = matrix.GetLength(1);
        if (rows < minRows || columns < minColumns)
        {
            throw new ArgumentException($"needs at least {minRows}×{minColumns}, got {rows}×{columns}", name);
        }

        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                if (!double.IsFinite(matrix[i, j]))
                {
                    throw new ArgumentException($"element [{i},{j}] is {matrix[i, j]}; all entries must be finite", name);
                }
            }
        }
    }

    internal static void Square(double[,] matrix, string name)
    {
        Finite(matrix, name);
        if (matrix.GetLength(0) != matrix.GetLength(1))
        {
            throw new ArgumentException($"matrix must be square, got {matrix.GetLength(0)}×{matrix.GetLength(1)}", name);
        }
    }

    internal static void Symmetric(double[,] matrix, string name)
    {
        Square(matrix, name);
        int n = matrix.GetLength(0);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double a = matrix[i, j];
                double b = matrix[j, i];
                if (Math.Abs(a - b) > 1e-10 * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b))))
                {
                    throw new ArgumentException($"matrix must be symmetric: [{i},{j}] = {a} but [{j},{i}] = {b}", name);
                }
            }
        }
    }

    internal static void Finite(ReadOnlySpan<double> values, string name, int minLength = 1)
    {
        if (values.Length < minLength)
        {
            throw new ArgumentException($"needs at least {minLength} value(s), got {values.Length}", name);
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"element {i} is {values[i]}; all values must be finite", name);
            }
        }
    }
}
