using Bastion.Pricing;
using Bastion.Pricing.American;
using Bastion.Pricing.European;

namespace Bastion.Cli.Commands.Price;

/// <summary>Values a <see cref="ValidOption"/> with its model. Reuses one tree per (kind, steps) across calls.</summary>
internal sealed class OptionValuer
{
    private const double Bump = 1e-4;
    private readonly Dictionary<(BinomialTreeKind, int), BinomialTree> _trees = [];

    public BinomialTree Tree(PricingModel model, int steps)
    {
        BinomialTreeKind kind = model switch
        {
            PricingModel.BinomialCrr => BinomialTreeKind.CoxRossRubinstein,
            PricingModel.BinomialJr => BinomialTreeKind.JarrowRudd,
            _ => BinomialTreeKind.LeisenReimer,
        };
        if (!_trees.TryGetValue((kind, steps), out BinomialTree? tree))
        {
            tree = new BinomialTree(kind, steps);
            _trees[(kind, steps)] = tree;
        }

        return tree;
    }

    public OptionValuation Value(ValidOption o)
    {
        string type = o.Type == OptionType.Call ? "call" : "put";
        string exercise = o.Exercise == ExerciseStyle.American ? "american" : "european";
        string model = PricingModels.Name(o.Model);
        OptionGreeks european = AnalyticBlackScholes(o);
        if (PricingModels.IsEuropeanOnly(o.Model))
        {
            return Row(model, type, exercise, o, european, european.Price, null, "analytic");
        }

        if (PricingModels.IsTree(o.Model))
        {
            BinomialTree tree = Tree(o.Model, o.Steps);
            TreeValuation t = tree.Value(o.Type, o.Exercise, o.Spot, o.Strike, o.Rate, o.Dividend, o.Volatility, o.Expiry, bumpVegaAndRho: true);
            var g = new OptionGreeks(t.Price, t.Delta, t.Gamma, t.VegaPerUnitVol, t.ThetaPerYear, t.RhoPerUnitRate, double.NaN, double.NaN, double.NaN);
            return Row(model, type, exercise, o, g, european.Price, tree.Steps, "tree; vega/rho bumped");
        }

        Func<double, double, double, double, double> price = o.Model == PricingModel.Baw
            ? (s, r, v, t) => BaroneAdesiWhaley.Price(o.Type, s, o.Strike, r, o.Dividend, v, t)
            : (s, r, v, t) => BjerksundStensland.Price(o.Type, s, o.Strike, r, o.Dividend, v, t);
        double value;
        try
        {
            value = price(o.Spot, o.Rate, o.Volatility, o.Expiry);
        }
        catch (ArgumentException ex)
        {
            throw Infrastructure.CliUsageException.From(ex, $"{type} option: --model {model}");
        }

        double h = Bump * o.Spot;
        double up = price(o.Spot + h, o.Rate, o.Volatility, o.Expiry);
        double down = price(o.Spot - h, o.Rate, o.Volatility, o.Expiry);
        double dt = Math.Min(Bump, 0.5 * o.Expiry);
        var bumped = new OptionGreeks(
            value,
            (up - down) / (2 * h),
            (up - (2 * value) + down) / (h * h),
            (price(o.Spot, o.Rate, o.Volatility + Bump, o.Expiry) - price(o.Spot, o.Rate, o.Volatility - Bump, o.Expiry)) / (2 * Bump),
            -(price(o.Spot, o.Rate, o.Volatility, o.Expiry + dt) - price(o.Spot, o.Rate, o.Volatility, o.Expiry - dt)) / (2 * dt),
            (price(o.Spot, o.Rate + Bump, o.Volatility, o.Expiry) - price(o.Spot, o.Rate - Bump, o.Volatility, o.Expiry)) / (2 * Bump),
            double.NaN,
            double.NaN,
            double.NaN);
        return Row(model, type, exercise, o, bumped, european.Price, null, "bumped");
    }

    private static OptionGreeks AnalyticBlackScholes(ValidOption o) => o.Model switch
    {
        PricingModel.Black76 => Black76.Greeks(o.Type, o.Spot, o.Strike, o.Rate, o.Volatility, o.Expiry),
        _ => BlackScholesMerton.Greeks(o.Type, o.Spot, o.Strike, o.Rate, o.Dividend, o.Volatility, o.Expiry),
    };

    private static OptionValuation Row(string model, string type, string exercise, ValidOption o, OptionGreeks g, double europeanPrice, int? steps, string method)
        => new(
            model, type, exercise, o.Spot, o.Strike, o.Expiry, o.Volatility, g.Price, g.Delta, g.Gamma, g.VegaPerUnitVol, g.ThetaPerYear,
            g.ThetaPerDay, g.RhoPerUnitRate, g.DividendRhoPerUnitRate, g.Vanna, g.Volga, europeanPrice,
            o.Exercise == ExerciseStyle.American ? g.Price - europeanPrice : 0.0, steps, method);
}
