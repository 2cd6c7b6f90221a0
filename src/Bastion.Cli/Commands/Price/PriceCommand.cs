using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Pricing;
using Bastion.Pricing.American;
using Bastion.Pricing.Volatility;

namespace Bastion.Cli.Commands.Price;

/// <summary><c>bastion price option|implied-vol|batch|chain</c>: option prices, Greeks and implied volatility.</summary>
internal static class PriceCommand
{
    public static Command Create(CliContext context)
    {
        var price = new Command("price", "Option prices, Greeks (QuantLib conventions) and implied volatility");
        price.Subcommands.Add(OptionCommand(context));
        price.Subcommands.Add(ImpliedVolCommand(context));
        price.Subcommands.Add(PriceBatchCommand.Create(context));
        price.Subcommands.Add(PriceChainCommand.Create(context));
        return price;
    }

    public static DateOnly Today(CliContext context) => DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime);

    public static string Number(double value, OutputFormat format)
        => format == OutputFormat.Table ? Output.Number(value, 10) : value.ToString("R", CultureInfo.InvariantCulture);

    private static Command OptionCommand(CliContext context)
    {
        var command = new Command(
            "option",
            "Price and Greeks of one option. Vega and rho per 1.00 change, theta per year and per day (/365).\n" +
            "Example: bastion price option --type put --exercise american --spot 100 --strike 110 --rate 0.05 --dividend 0.01 --volatility 0.25 --expiry 0.5 --model leisen-reimer");
        var flags = new OptionFlags();
        flags.AddTo(command, withVolatility: true);
        Option<OutputFormat> format = CommonOptions.Format();
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            ValidOption option = flags.Read(parse).Validate(OptionFlags.Flag, Today(context), needVolatility: true, needPrice: false);
            OptionValuation v = new OptionValuer().Value(option);
            OutputFormat f = parse.GetValue(format);
            switch (f)
            {
                case OutputFormat.Json:
                    Output.WriteJson(context.Out, v);
                    break;
                case OutputFormat.Csv:
                    Output.WriteCsv(context.Out, OptionValuation.Headers, [v.Cells(x => Number(x, f))]);
                    break;
                default:
                    IReadOnlyList<string> cells = v.Cells(x => Number(x, f));
                    Output.WriteTable(context.Out, ["field", "value"], OptionValuation.Headers.Select((h, i) => (IReadOnlyList<string>)[h, cells[i]]));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ImpliedVolCommand(CliContext context)
    {
        var command = new Command(
            "implied-vol",
            "Implied volatility from an option price (European: analytic, black76, garman-kohlhagen; American: tree models).\n" +
            "Example: bastion price implied-vol --type call --price 10.45 --spot 100 --strike 100 --rate 0.05 --expiry 1");
        var flags = new OptionFlags();
        flags.AddTo(command, withVolatility: false);
        var priceOption = new Option<double?>("--price") { Description = "Option price (present value)", Required = true };
        command.Options.Add(priceOption);
        Option<OutputFormat> format = CommonOptions.Format();
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            OptionRequest request = flags.Read(parse);
            request.Price = parse.GetValue(priceOption);
            ValidOption o = request.Validate(OptionFlags.Flag, Today(context), needVolatility: false, needPrice: true);
            string name = $"{o.Type.ToString().ToLowerInvariant()} option";
            ImpliedVolatilityResult iv = o.Model switch
            {
                PricingModel.Analytic or PricingModel.GarmanKohlhagen => ImpliedVolatility.BlackScholesMerton(o.Type, o.Price, o.Spot, o.Strike, o.Rate, o.Dividend, o.Expiry),
                PricingModel.Black76 => ImpliedVolatility.Black76(o.Type, o.Price, o.Spot, o.Strike, o.Rate, o.Expiry),
                PricingModel.Baw or PricingModel.BjerksundStensland => throw new CliUsageException(
                    $"{name}: implied volatility with --model {PricingModels.Name(o.Model)} is not supported; use binomial-crr, binomial-jr or leisen-reimer for american prices"),
                _ => o.Exercise == ExerciseStyle.American
                    ? AmericanImpliedVolatility.Solve(new OptionValuer().Tree(o.Model, o.Steps), o.Type, o.Price, o.Spot, o.Strike, o.Rate, o.Dividend, o.Expiry)
                    : ImpliedVolatility.BlackScholesMerton(o.Type, o.Price, o.Spot, o.Strike, o.Rate, o.Dividend, o.Expiry),
            };
            if (!iv.IsSolved)
            {
                throw new CliUsageException($"{name}: --price: {iv.Reason}");
            }

            OutputFormat f = parse.GetValue(format);
            string[] headers = ["model", "type", "exercise", "price", "impliedVolatility", "iterations"];
            string[] cells =
            [
                PricingModels.Name(o.Model), o.Type.ToString().ToLowerInvariant(), o.Exercise.ToString().ToLowerInvariant(),
                Number(o.Price, f), Number(iv.Volatility, f), iv.Iterations.ToString(CultureInfo.InvariantCulture),
            ];
            switch (f)
            {
                case OutputFormat.Json:
                    Output.WriteJson(context.Out, new
                    {
                        model = cells[0], type = cells[1], exercise = cells[2], price = o.Price, impliedVolatility = iv.Volatility, iterations = iv.Iterations,
                    });
                    break;
                case OutputFormat.Csv:
                    Output.WriteCsv(context.Out, headers, [cells]);
                    break;
                default:
                    Output.WriteTable(context.Out, ["field", "value"], headers.Select((h, i) => (IReadOnlyList<string>)[h, cells[i]]));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
