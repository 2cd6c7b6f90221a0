using System.CommandLine;
using Bastion.Analytics.Series;
using Bastion.Cli.Commands.Metrics;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Stats;

/// <summary>
/// The return series of the bootstrap verbs: <c>--returns FILE</c> (simple returns) or <c>--prices FILE</c>
/// (converted to returns), wide CSV with a date column; one <c>--column</c> or several <c>--columns</c>.
/// </summary>
internal sealed class ReturnInputs
{
    public Option<string?> Returns { get; } = new("--returns") { Description = "CSV: a date column, then columns of simple returns (0.01 = 1%); empty cells are missing" };

    public Option<string?> Prices { get; } = new("--prices") { Description = "CSV: a date column, then price columns; converted to simple returns" };

    public bool IsPrices(ParseResult parse) => parse.GetValue(Prices) is not null;

    public void AddTo(Command command)
    {
        command.Options.Add(Returns);
        command.Options.Add(Prices);
    }

    /// <summary>Reads the columns named (null: every column; one name: that column).</summary>
    public IReadOnlyList<ReturnSeries> Read(ParseResult parse, IReadOnlyList<string>? columns)
    {
        string? r = parse.GetValue(Returns), p = parse.GetValue(Prices);
        if ((r is null) == (p is null))
        {
            throw new CliUsageException("give exactly one of --returns FILE or --prices FILE");
        }

        string file = r ?? p!;
        string option = r is null ? "--prices" : "--returns";
        if (columns is [string single])
        {
            return SeriesFile.Read(file, option, single, p is not null);
        }

        IReadOnlyList<ReturnSeries> all = SeriesFile.Read(file, option, null, p is not null);
        if (columns is null)
        {
            return all;
        }

        var picked = new List<ReturnSeries>(columns.Count);
        foreach (string name in columns)
        {
            picked.Add(all.FirstOrDefault(s => s.Name == name)
                ?? throw new CliUsageException($"{file}: no column '{name}' (columns: {string.Join(", ", all.Select(s => s.Name))})"));
        }

        return picked;
    }

    /// <summary>Throws the usual "too few observations" error when a series is shorter than <paramref name="minimum"/>.</summary>
    public static void RequireObservations(int count, int minimum, string what)
    {
        if (count < minimum)
        {
            throw new CliUsageException($"{what}: needs at least {minimum} observations, got {count}");
        }
    }
}
