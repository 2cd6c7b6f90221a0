using System.Globalization;

namespace Bastion.Data.CorporateActions;

/// <summary>
/// Reads an actions file: header <c>date,type,value</c>, one row per action, <c>type</c> is <c>split</c> or
/// <c>dividend</c> (case-insensitive), date ISO <c>yyyy-MM-dd</c>. Small files: read with strings.
/// </summary>
public static class CorporateActionFile
{
    /// <summary>Reads every action, sorted by ex-date.</summary>
    /// <exception cref="DataFormatException">A bad header, date, type or value (message names file, line and field).</exception>
    public static IReadOnlyList<CorporateAction> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !string.Equals(string.Join(',', lines[0].Split(',').Select(h => h.Trim())), "date,type,value", StringComparison.OrdinalIgnoreCase))
        {
            throw new DataFormatException(path, 1, "header", $"expected 'date,type,value', got '{(lines.Length > 0 ? lines[0] : string.Empty)}'");
        }

        var actions = new List<CorporateAction>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            int line = i + 1;
            string[] f = lines[i].Split(',').Select(x => x.Trim()).ToArray();
            if (f.Length != 3)
            {
                throw new DataFormatException(path, line, "row", $"{f.Length} fields, expected 3 (date,type,value)");
            }

            if (!DateOnly.TryParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw new DataFormatException(path, line, "date", $"'{f[0]}' is not a date yyyy-MM-dd");
            }

            CorporateActionType type = f[1].ToLowerInvariant() switch
            {
                "split" => CorporateActionType.Split,
                "dividend" => CorporateActionType.Dividend,
                _ => throw new DataFormatException(path, line, "type", $"'{f[1]}' must be split or dividend"),
            };
            if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value > 0) || double.IsInfinity(value))
            {
                throw new DataFormatException(path, line, "value", $"'{f[2]}' must be a positive number (split ratio or dividend per share)");
            }

            actions.Add(new CorporateAction(date, type, value));
        }

        return [.. actions.OrderBy(a => a.ExDate)];
    }
}
