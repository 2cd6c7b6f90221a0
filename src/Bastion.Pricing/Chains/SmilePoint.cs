namespace Bastion.Pricing.Chains;

/// <summary>One quote's implied volatility on the smile.</summary>
/// <param name="Strike">Strike.</param>
/// <param name="Type">Call or put.</param>
/// <param name="Price">Quoted option price.</param>
/// <param name="Underlying">Underlying price used for the row.</param>
/// <param name="Forward">Forward S·e^{(r−q)T}.</param>
/// <param name="Moneyness">K / F.</param>
/// <param name="LogMoneyness">ln(K / F).</param>
/// <param name="ImpliedVolatility">Annualized BSM implied volatility.</param>
/// <param name="Line">Line of the input file.</param>
public sealed record SmilePoint(double Strike, OptionType Type, double Price, double Underlying, double Forward, double Moneyness, double LogMoneyness, double ImpliedVolatility, int Line);
