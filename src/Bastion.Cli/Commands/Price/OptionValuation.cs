namespace Bastion.Cli.Commands.Price;

/// <summary>
/// What <c>bastion price option</c> prints. Field names carry the units (QuantLib conventions): vega and rho per 1.00
/// change, theta per year and per calendar day (/365). <c>greeksMethod</c>: "analytic"; "tree; vega/rho bumped"
/// (delta/gamma from the step-1/2 nodes, theta from the BS equation, vega/rho by ±1e-4 central bumps); "bumped"
/// (BAW/BjS: central differences of the approximation, bumps 1e-4).
/// </summary>
internal sealed record OptionValuation(
    string Model,
    string Type,
    string Exercise,
    double Underlying,
    double Strike,
    double ExpiryYears,
    double Volatility,
    double Price,
    double Delta,
    double Gamma,
    double VegaPerUnitVol,
    double ThetaPerYear,
    double ThetaPerDay,
    double RhoPerUnitRate,
    double DividendRhoPerUnitRate,
    double Vanna,
    double Volga,
    double EuropeanPrice,
    double EarlyExercisePremium,
    int? Steps,
    string GreeksMethod)
{
    public static readonly string[] Headers =
    [
        "model", "type", "exercise", "underlying", "strike", "expiryYears", "volatility", "price", "delta", "gamma",
        "vegaPerUnitVol", "thetaPerYear", "thetaPerDay", "rhoPerUnitRate", "dividendRhoPerUnitRate", "vanna", "volga",
        "europeanPrice", "earlyExercisePremium", "steps", "greeksMethod",
    ];

    public IReadOnlyList<string> Cells(Func<double, string> number) =>
    [
        Model, Type, Exercise, number(Underlying), number(Strike), number(ExpiryYears), number(Volatility), number(Price),
        number(Delta), number(Gamma), number(VegaPerUnitVol), number(ThetaPerYear), number(ThetaPerDay), number(RhoPerUnitRate),
        number(DividendRhoPerUnitRate), number(Vanna), number(Volga), number(EuropeanPrice), number(EarlyExercisePremium),
        Steps?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, GreeksMethod,
    ];
}
