namespace Bastion.Cli.Commands.Price;

/// <summary>Model names as typed on the command line, and what each model can do.</summary>
internal static class PricingModels
{
    private static readonly (string Name, PricingModel Model)[] s_names =
    [
        ("analytic", PricingModel.Analytic),
        ("black76", PricingModel.Black76),
        ("garman-kohlhagen", PricingModel.GarmanKohlhagen),
        ("binomial-crr", PricingModel.BinomialCrr),
        ("binomial-jr", PricingModel.BinomialJr),
        ("leisen-reimer", PricingModel.LeisenReimer),
        ("baw", PricingModel.Baw),
        ("bjerksund-stensland", PricingModel.BjerksundStensland),
    ];

    public static string Known => string.Join(", ", s_names.Select(n => n.Name));

    public static bool TryParse(string text, out PricingModel model)
    {
        foreach ((string name, PricingModel m) in s_names)
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                model = m;
                return true;
            }
        }

        model = default;
        return false;
    }

    public static string Name(PricingModel model) => s_names.First(n => n.Model == model).Name;

    public static bool IsEuropeanOnly(PricingModel model) => model is PricingModel.Analytic or PricingModel.Black76 or PricingModel.GarmanKohlhagen;

    public static bool IsAmericanOnly(PricingModel model) => model is PricingModel.Baw or PricingModel.BjerksundStensland;

    public static bool IsTree(PricingModel model) => model is PricingModel.BinomialCrr or PricingModel.BinomialJr or PricingModel.LeisenReimer;
}
