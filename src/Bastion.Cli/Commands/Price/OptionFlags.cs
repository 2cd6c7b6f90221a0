using System.CommandLine;

namespace Bastion.Cli.Commands.Price;

/// <summary>The flags that describe one option, shared by <c>price option</c> and <c>price implied-vol</c>.</summary>
internal sealed class OptionFlags
{
    public Option<string> Type { get; } = new("--type") { Description = "call or put", Required = true };

    public Option<string?> Exercise { get; } = new("--exercise") { Description = "european (default) or american" };

    public Option<double?> Spot { get; } = new("--spot") { Description = "Underlying spot price (> 0); FX spot for garman-kohlhagen" };

    public Option<double?> Strike { get; } = new("--strike") { Description = "Strike (> 0)" };

    public Option<double?> Rate { get; } = new("--rate") { Description = "Risk-free (domestic) rate, continuous, decimal (0.05 = 5%); default 0" };

    public Option<double?> Dividend { get; } = new("--dividend") { Description = "Dividend yield, continuous, decimal; default 0" };

    public Option<double?> Volatility { get; } = new("--volatility") { Description = "Annualized volatility, decimal (0.2 = 20%)" };

    public Option<double?> Expiry { get; } = new("--expiry") { Description = "Time to expiry in years" };

    public Option<string?> ExpiryDate { get; } = new("--expiry-date") { Description = "Expiry date yyyy-MM-dd (instead of --expiry; Actual/365)" };

    public Option<string?> ValuationDate { get; } = new("--valuation-date") { Description = "Valuation date yyyy-MM-dd (default: today, UTC)" };

    public Option<string?> Model { get; } = new("--model") { Description = "analytic|black76|garman-kohlhagen|binomial-crr|binomial-jr|leisen-reimer|baw|bjerksund-stensland (default analytic, or binomial-crr for american)" };

    public Option<int?> Steps { get; } = new("--steps") { Description = "Tree steps (default 801; leisen-reimer rounds up to odd)" };

    public Option<double?> Forward { get; } = new("--forward") { Description = "Forward or futures price (black76, instead of --spot/--dividend)" };

    public Option<double?> ForeignRate { get; } = new("--foreign-rate") { Description = "Foreign rate, continuous (garman-kohlhagen)" };

    public void AddTo(Command command, bool withVolatility)
    {
        command.Options.Add(Type);
        command.Options.Add(Exercise);
        command.Options.Add(Spot);
        command.Options.Add(Strike);
        command.Options.Add(Rate);
        command.Options.Add(Dividend);
        if (withVolatility)
        {
            command.Options.Add(Volatility);
        }

        command.Options.Add(Expiry);
        command.Options.Add(ExpiryDate);
        command.Options.Add(ValuationDate);
        command.Options.Add(Model);
        command.Options.Add(Steps);
        command.Options.Add(Forward);
        command.Options.Add(ForeignRate);
    }

    public OptionRequest Read(ParseResult parse) => new()
    {
        Type = parse.GetValue(Type),
        Exercise = parse.GetValue(Exercise),
        Spot = parse.GetValue(Spot),
        Strike = parse.GetValue(Strike),
        Rate = parse.GetValue(Rate),
        Dividend = parse.GetValue(Dividend),
        Volatility = parse.GetValue(Volatility),
        Expiry = parse.GetValue(Expiry),
        ExpiryDate = parse.GetValue(ExpiryDate),
        ValuationDate = parse.GetValue(ValuationDate),
        Model = parse.GetValue(Model),
        Steps = parse.GetValue(Steps),
        Forward = parse.GetValue(Forward),
        ForeignRate = parse.GetValue(ForeignRate),
    };

    public static string Flag(string field) => "--" + field;
}
