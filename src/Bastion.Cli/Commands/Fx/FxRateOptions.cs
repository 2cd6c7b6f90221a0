using System.CommandLine;
using Bastion.Cli.Infrastructure;
using Bastion.Core.Forex;
using Bastion.Core.Money;

namespace Bastion.Cli.Commands.Fx;

/// <summary>The <c>--pair</c> and repeatable <c>--rate PAIR=RATE</c> options shared by the fx verbs.</summary>
internal static class FxRateOptions
{
    public static Option<string> Pair(string description) => new("--pair")
    {
        Description = description,
        Required = true,
    };

    public static Option<string[]> Rates() => new("--rate")
    {
        Description = "A quoted rate PAIR=RATE, e.g. --rate EURUSD=1.08 (repeat for each quote; crosses are triangulated, through USD first)",
        DefaultValueFactory = _ => [],
    };

    /// <summary>Parses the pair text or throws a usage error naming <c>--pair</c>.</summary>
    public static (Currency Base, Currency Quote) ParsePair(string? text)
    {
        if (!CurrencyPair.TryParse(text, out Currency b, out Currency q, out string error))
        {
            throw new CliUsageException($"--pair: {error}");
        }

        return (b, q);
    }

    /// <summary>Builds the rate table or throws a usage error naming <c>--rate</c>.</summary>
    public static FxRateTable ParseRates(IEnumerable<string>? texts)
    {
        var table = new FxRateTable();
        foreach (string text in texts ?? [])
        {
            if (!FxRate.TryParse(text, out FxRate rate, out string error))
            {
                throw new CliUsageException($"--rate: {error}");
            }

            table.Set(rate);
        }

        return table;
    }

    /// <summary>The rate from one currency to another, or a usage error naming <c>--rate</c> and what is missing.</summary>
    public static (decimal Rate, string Route) RequireRate(FxRateTable rates, Currency from, Currency to)
    {
        if (!rates.TryGetRate(from, to, out decimal rate, out string route))
        {
            throw new CliUsageException($"--rate: no rate to convert {from} to {to}; give --rate {from}{to}=..., --rate {to}{from}=... or both against USD");
        }

        return (rate, route);
    }
}
