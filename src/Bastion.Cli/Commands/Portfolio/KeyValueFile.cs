using System.Globalization;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary>Reads two-column CSV files (<c>symbol,value</c>, header optional) such as weights, holdings and market caps.</summary>
internal static class KeyValueFile
{
    public static Dictionary<string, double> Read(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path}: {what} file not found");
        }

        var result = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            string[] cells = text.Split(',');
            bool parsed = double.TryParse(cells.Length == 2 ? cells[1] : string.Empty, NumberStyles.Float, CultureInfo.InvariantCulture, out double value);
            if (!parsed && line == 1)
            {
                continue; // header
            }

            if (cells.Length != 2 || !parsed || !double.IsFinite(value))
            {
                throw new CliUsageException($"{path}:{line}: expected 'symbol,{what}', got '{text}'");
            }

            if (!result.TryAdd(cells[0].Trim(), value))
            {
                throw new CliUsageException($"{path}:{line}: {cells[0].Trim()} appears twice");
            }
        }

        return result.Count > 0 ? result : throw new CliUsageException($"{path}: no {what} rows");
    }
}
