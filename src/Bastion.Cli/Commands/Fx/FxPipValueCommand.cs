using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Core.Forex;
using Bastion.Core.Instruments;
using Bastion.Core.Money;

namespace Bastion.Cli.Commands.Fx;

/// <summary><c>bastion fx pip-value</c>: the value of a one-pip move of a position, in the pair's quote currency and in the account currency.</summary>
internal static class FxPipValueCommand
{
    public static Command Create(CliContext context)
    {
        Option<string> pair = FxRateOptions.Pair("Currency pair, e.g. EURUSD or EUR/USD (pip 0.01 for JPY quotes, 0.0001 otherwise)");
        var account = new Option<string>("--account-currency")
        {
            Description = "Currency of the account the pip value is wanted in (USD if omitted)",
            DefaultValueFactory = _ => "USD",
        };
        Option<string[]> rates = FxRateOptions.Rates();
        var lots = new Option<decimal>("--lots")
        {
            Description = "Position size in lots, positive (1 if omitted)",
            DefaultValueFactory = _ => 1m,
        };
        var lotSize = new Option<decimal>("--lot-size")
        {
            Description = "Units of base currency per lot (100000, a standard lot, if omitted)",
            DefaultValueFactory = _ => ForexPair.StandardLot,
        };
        Option<OutputFormat> format = CommonOptions.Format();

        var command = new Command("pip-value", "Value of a one-pip move of a forex position in any account currency.\n"
            + "Example: bastion fx pip-value --pair EURUSD --account-currency JPY --rate EURUSD=1.08 --rate USDJPY=150.2")
        {
            pair, account, rates, lots, lotSize, format,
        };
        command.SetAction(parsed =>
        {
            (Currency b, Currency q) = FxRateOptions.ParsePair(parsed.GetValue(pair));
            Currency accountCurrency = ParseCurrency(parsed.GetValue(account));
            FxRateTable table = FxRateOptions.ParseRates(parsed.GetValue(rates));
            decimal lotCount = parsed.GetValue(lots);
            decimal unitsPerLot = parsed.GetValue(lotSize);
            if (lotCount <= 0m)
            {
                throw new CliUsageException($"--lots: must be positive, got {lotCount.ToString(CultureInfo.InvariantCulture)}");
            }

            if (unitsPerLot <= 0m)
            {
                throw new CliUsageException($"--lot-size: must be positive, got {unitsPerLot.ToString(CultureInfo.InvariantCulture)}");
            }

            var fx = new ForexPair(b, q);
            decimal units = lotCount * unitsPerLot;
            (decimal rate, string route) = FxRateOptions.RequireRate(table, q, accountCurrency);
            decimal inQuote = fx.PipValueInQuote(units);
            var result = new PipValueResult(fx.Symbol.Value, Trim(units), fx.PipSize, q.Code, Trim(inQuote), accountCurrency.Code, Trim(decimal.Round(inQuote * rate, 10)), Trim(decimal.Round(rate, 12)), route);
            Write(context.Out, parsed.GetValue(format), result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Currency ParseCurrency(string? text)
    {
        try
        {
            return Currency.Create(text ?? string.Empty);
        }
        catch (ArgumentException)
        {
            throw new CliUsageException($"--account-currency: '{text}' is not a currency code (3 to 5 letters)");
        }
    }

    private static void Write(TextWriter writer, OutputFormat format, PipValueResult r)
    {
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(writer, r);
            return;
        }

        string[] headers = ["pair", "units", "pip_size", "quote_currency", "pip_value_quote", "account_currency", "pip_value_account", "conversion_rate", "route"];
        string[] row =
        [
            r.Pair, Dec(r.Units), Dec(r.PipSize), r.QuoteCurrency, Dec(r.PipValueQuote), r.AccountCurrency,
            Dec(decimal.Round(r.PipValueAccount, 6)), Dec(r.ConversionRate), r.Route,
        ];
        if (format == OutputFormat.Csv)
        {
            Output.WriteCsv(writer, headers, [row]);
        }
        else
        {
            Output.WriteTable(writer, headers, [row]);
        }
    }

    /// <summary>Drops trailing zeros (1000.00 → 1000) so JSON shows the value, not the decimal's scale.</summary>
    internal static decimal Trim(decimal value) => decimal.Parse(Dec(value), CultureInfo.InvariantCulture);

    private static string Dec(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>One pip-value answer; money values in the named currencies.</summary>
    internal sealed record PipValueResult(
        string Pair,
        decimal Units,
        decimal PipSize,
        string QuoteCurrency,
        decimal PipValueQuote,
        string AccountCurrency,
        decimal PipValueAccount,
        decimal ConversionRate,
        string Route);
}
