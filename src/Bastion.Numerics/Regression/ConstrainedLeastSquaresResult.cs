namespace Bastion.Numerics.Regression;

/// <summary>The solution of a constrained least-squares problem min ‖A x − b‖₂.</summary>
/// <param name="Solution">The minimizer x (length = columns of A).</param>
/// <param name="ResidualNorm">‖A x − b‖₂ at the solution.</param>
/// <param name="Iterations">Outer active-set iterations used.</param>
/// <param name="Converged">False if the iteration cap was reached (the solution is then the last feasible iterate).</param>
public sealed record ConstrainedLeastSquaresResult(double[] Solution, double ResidualNorm, int Iterations, bool Converged);
