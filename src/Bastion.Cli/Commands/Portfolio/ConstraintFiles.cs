using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Portfolio.Optimization;

namespace Bastion.Cli.Commands.Portfolio;

/// <summary>Reads the optional input files of <c>bastion optimize</c>: sectors, sector limits, Black–Litterman views.</summary>
internal static class ConstraintFiles
{
    /// <summary><c>symbol,sector</c> rows; every symbol must be in the price file.</summary>
    public static Dictionary<string, string> Sectors(string path, IReadOnlyList<string> symbols)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach ((int line, string[] cells) in Rows(path, 2, "symbol,sector"))
        {
            string symbol = Known(path, line, cells[0], symbols);
            map[symbol] = cells[1];
        }

        return map;
    }

    /// <summary><c>sector,min,max</c> rows (weights as fractions); every sector must appear in the sectors file.</summary>
    public static Dictionary<string, (double Min, double Max)> SectorLimits(string path, IReadOnlyDictionary<string, string> sectors)
    {
        var limits = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase);
        foreach ((int line, string[] cells) in Rows(path, 3, "sector,min,max"))
        {
            if (!sectors.Values.Contains(cells[0], StringComparer.OrdinalIgnoreCase))
            {
                throw new CliUsageException($"{path}:{line}: unknown sector '{cells[0]}' (sectors file has: {string.Join(", ", sectors.Values.Distinct())})");
            }

            double lo = Number(path, line, cells[1]), hi = Number(path, line, cells[2]);
            limits[cells[0]] = lo <= hi ? (lo, hi) : throw new CliUsageException($"{path}:{line}: min {lo} is above max {hi}");
        }

        return limits;
    }

    /// <summary><c>asset,versus,value[,confidence]</c> rows; <c>versus</c> blank for an absolute view.</summary>
    public static List<BlackLittermanView> Views(string path, IReadOnlyList<string> symbols)
    {
        var views = new List<BlackLittermanView>();
        foreach ((int line, string[] cells) in Rows(path, 3, "asset,versus,value[,confidence]"))
        {
            string asset = Known(path, line, cells[0], symbols);
            string? versus = cells[1].Length == 0 ? null : Known(path, line, cells[1], symbols);
            double? confidence = cells.Length > 3 && cells[3].Length > 0 ? Number(path, line, cells[3]) : null;
            views.Add(new BlackLittermanView(asset, versus, Number(path, line, cells[2]), confidence));
        }

        return views;
    }

    private static IEnumerable<(int Line, string[] Cells)> Rows(string path, int minimumCells, string layout)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path}: file not found");
        }

        int line = 0;
        bool any = false;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#') || (line == 1 && string.Equals(text.Replace(" ", string.Empty, StringComparison.Ordinal), layout.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (line == 1 && text.Split(',')[0].Equals(layout.Split(',')[0], StringComparison.OrdinalIgnoreCase))
            {
                continue; // header
            }

            string[] cells = [.. text.Split(',').Select(c => c.Trim())];
            if (cells.Length < minimumCells)
            {
                throw new CliUsageException($"{path}:{line}: expected '{layout}', got '{text}'");
            }

            any = true;
            yield return (line, cells);
        }

        if (!any)
        {
            throw new CliUsageException($"{path}: no rows (expected '{layout}')");
        }
    }

    private static string Known(string path, int line, string symbol, IReadOnlyList<string> symbols)
        => symbols.FirstOrDefault(s => string.Equals(s, symbol, StringComparison.OrdinalIgnoreCase))
           ?? throw new CliUsageException($"{path}:{line}: unknown symbol '{symbol}' (not a column of the price file)");

    private static double Number(string path, int line, string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw new CliUsageException($"{path}:{line}: '{text}' is not a number");
}
