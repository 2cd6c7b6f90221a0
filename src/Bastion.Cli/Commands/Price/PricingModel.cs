namespace Bastion.Cli.Commands.Price;

/// <summary>The <c>--model</c> names of <c>bastion price</c>.</summary>
internal enum PricingModel
{
    Analytic,
    Black76,
    GarmanKohlhagen,
    BinomialCrr,
    BinomialJr,
    LeisenReimer,
    Baw,
    BjerksundStensland,
}
