namespace Bastion.Pricing.Chains;

/// <summary>Smiles per expiry and the rows that failed.</summary>
/// <param name="Smiles">One slice per expiry, by date.</param>
/// <param name="Errors">Rows that could not be parsed or inverted, with file and line.</param>
public sealed record OptionChainResult(IReadOnlyList<SmileSlice> Smiles, IReadOnlyList<ChainRowError> Errors);
