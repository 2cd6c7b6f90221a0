using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Price;

/// <summary>
/// <c>bastion price batch --input FILE.csv</c>: one option per row, columns named like the flags of
/// <c>price option</c> (type, exercise, spot, strike, rate, dividend, volatility, expiry | expiry-date,
/// valuation-date, model, steps, forward, foreign-rate). Bad rows are reported as file:line and skipped; exit 1 at
/// the end if any row failed.
/// </summary>
internal static class PriceBatchCommand
{
    private static readonly HashSet<string> s_columns =
    [
        "type", "exercise", "spot", "strike", "rate", "dividend", "volatility", "expiry", "expiry-date", "valuation-date",
        "model", "steps", "forward", "foreign-rate",
    ];

    public static Command Create(CliContext context)
    {
        var command = new Command(
            "batch",
            "Price many options from a CSV (one per row; columns named like the flags of 'price option').\n" +
            "Example: bastion price batch --input options.csv --format csv");
        var input = new Option<FileInfo>("--input") { Description = "CSV file, header row of column names", Required = true };
        Option<OutputFormat> format = CommonOptions.Format();
        command.Options.Add(input);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(input)!;
            OutputFormat f = parse.GetValue(format);
            if (!file.Exists)
            {
                throw new CliUsageException($"--input: file '{file.FullName}' not found");
            }

            using StreamReader reader = file.OpenText();
            string? header = reader.ReadLine() ?? throw new CliUsageException($"{file.Name}:1: empty file, expected a header row");
            string[] names = header.Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
            foreach (string name in names.Where(n => !s_columns.Contains(n)))
            {
                throw new CliUsageException($"{file.Name}:1: unknown column '{name}' (known: {string.Join(", ", s_columns)})");
            }

            var valuer = new OptionValuer();
            var rows = new List<OptionValuation>();
            var lines = new List<int>();
            int failures = 0;
            int line = 1;
            DateOnly today = PriceCommand.Today(context);
            string? text;
            while ((text = reader.ReadLine()) is not null)
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                int at = line;
                try
                {
                    OptionRequest request = Read(names, text.Split(','), file.Name, at);
                    ValidOption option = request.Validate(field => $"{file.Name}:{at}: column '{field}'", today, needVolatility: true, needPrice: false);
                    rows.Add(valuer.Value(option));
                    lines.Add(at);
                }
                catch (CliUsageException ex)
                {
                    failures++;
                    string message = ex.Message.StartsWith(file.Name, StringComparison.Ordinal) ? ex.Message : $"{file.Name}:{at}: {ex.Message}";
                    context.Error.WriteLine($"error: {message}");
                }
            }

            string[] headers = ["line", .. OptionValuation.Headers];
            IEnumerable<IReadOnlyList<string>> cells = rows.Select((r, i) => (IReadOnlyList<string>)[lines[i].ToString(CultureInfo.InvariantCulture), .. r.Cells(x => PriceCommand.Number(x, f))]);
            switch (f)
            {
                case OutputFormat.Json:
                    Output.WriteJson(context.Out, rows.Select((r, i) => new { line = lines[i], valuation = r }));
                    break;
                case OutputFormat.Csv:
                    Output.WriteCsv(context.Out, headers, cells);
                    break;
                default:
                    Output.WriteTable(context.Out, headers, cells);
                    break;
            }

            return failures > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static OptionRequest Read(string[] names, string[] cells, string file, int line)
    {
        var request = new OptionRequest();
        for (int i = 0; i < names.Length; i++)
        {
            string cell = i < cells.Length ? cells[i].Trim() : string.Empty;
            if (cell.Length == 0)
            {
                continue;
            }

            switch (names[i])
            {
                case "type": request.Type = cell; break;
                case "exercise": request.Exercise = cell; break;
                case "expiry-date": request.ExpiryDate = cell; break;
                case "valuation-date": request.ValuationDate = cell; break;
                case "model": request.Model = cell; break;
                case "steps":
                    request.Steps = int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out int steps)
                        ? steps
                        : throw new CliUsageException($"{file}:{line}: column 'steps': '{cell}' is not an integer");
                    break;
                default:
                    double value = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
                        ? v
                        : throw new CliUsageException($"{file}:{line}: column '{names[i]}': '{cell}' is not a number");
                    switch (names[i])
                    {
                        case "spot": request.Spot = value; break;
                        case "strike": request.Strike = value; break;
                        case "rate": request.Rate = value; break;
                        case "dividend": request.Dividend = value; break;
                        case "volatility": request.Volatility = value; break;
                        case "expiry": request.Expiry = value; break;
                        case "forward": request.Forward = value; break;
                        default: request.ForeignRate = value; break;
                    }

                    break;
            }
        }

        return request;
    }
}
