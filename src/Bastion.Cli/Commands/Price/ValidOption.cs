using Bastion.Pricing;
using Bastion.Pricing.American;

namespace Bastion.Cli.Commands.Price;

/// <summary>A validated option: positive spot (forward for Black-76), strike, expiry in years; dividend is the foreign rate for GK and the rate for Black-76.</summary>
internal sealed record ValidOption(
    OptionType Type,
    ExerciseStyle Exercise,
    PricingModel Model,
    double Spot,
    double Strike,
    double Rate,
    double Dividend,
    double Volatility,
    double Expiry,
    int Steps,
    double Price);
