namespace Bastion.Numerics.LinearAlgebra;

/// <summary>A matrix that had to be positive definite is not: <see cref="PivotIndex"/> is where the factorization broke down.</summary>
public sealed class MatrixNotPositiveDefiniteException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public MatrixNotPositiveDefiniteException(string message, string? paramName, int pivotIndex, double pivotValue)
        : base(message, paramName)
    {
        PivotIndex = pivotIndex;
        PivotValue = pivotValue;
    }

    /// <summary>The row/column (0-based) whose pivot was not positive.</summary>
    public int PivotIndex { get; }

    /// <summary>The value of the failed pivot (≤ 0 or NaN).</summary>
    public double PivotValue { get; }
}
