namespace Bastion.Numerics.LinearAlgebra;

/// <summary>The outcome of <see cref="NearestCorrelation.Compute"/>.</summary>
/// <param name="Matrix">The nearest correlation matrix found (symmetric, unit diagonal, positive semidefinite up to the tolerance).</param>
/// <param name="Iterations">Alternating-projection iterations used.</param>
/// <param name="Converged">False if the iteration cap was reached first.</param>
/// <param name="Distance">Frobenius distance ‖X − A‖_F from the input.</param>
public sealed record NearestCorrelationResult(double[,] Matrix, int Iterations, bool Converged, double Distance);
