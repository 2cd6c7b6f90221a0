using Bastion.Risk.Portfolio;

namespace Bastion.Cli.Commands.Risk;

/// <summary>The factor decomposition shown by <c>risk var --factors</c>: factor names (file header order), the result, and a one-line estimator description.</summary>
internal sealed record FactorOutput(string[] Names, FactorRiskDecomposition Decomposition, string Estimator);
