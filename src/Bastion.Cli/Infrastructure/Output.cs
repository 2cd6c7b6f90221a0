using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bastion.Cli.Infrastructure;

/// <summary>Writers for the three output formats. Numbers are written with the invariant culture.</summary>
internal static class Output
{
    /// <summary>JSON options used for every <c>--format json</c> output: camelCase, indented, enums as strings, NaN allowed as a string.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void WriteJson<T>(TextWriter writer, T value)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
    }

    /// <summary>Writes an aligned plain-text table: numbers right-aligned, text left-aligned.</summary>
    public static void WriteTable(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        List<IReadOnlyList<string>> all = [headers, .. rows];
        int[] widths = new int[headers.Count];
        foreach (IReadOnlyList<string> row in all)
        {
            for (int i = 0; i < widths.Length && i < row.Count; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var line = new StringBuilder();
        for (int r = 0; r < all.Count; r++)
        {
            line.Clear();
            for (int i = 0; i < widths.Length; i++)
            {
                string cell = i < all[r].Count ? all[r][i] : string.Empty;
                bool numeric = r > 0 && (cell == "-" || double.TryParse(cell.TrimEnd('%'), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _));
                line.Append(numeric ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
                if (i < widths.Length - 1)
                {
                    line.Append("  ");
                }
            }

            writer.WriteLine(line.ToString().TrimEnd());
            if (r == 0)
            {
                writer.WriteLine(new string('-', widths.Sum() + (2 * (widths.Length - 1))));
            }
        }
    }

    /// <summary>Writes RFC 4180 CSV (fields with commas, quotes or newlines are quoted).</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        writer.WriteLine(string.Join(',', headers.Select(Escape)));
        foreach (IReadOnlyList<string> row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(Escape)));
        }
    }

    /// <summary>Formats a number with the invariant culture and up to <paramref name="digits"/> significant decimals.</summary>
    public static string Number(double value, int digits = 6)
        => double.IsNaN(value) ? "NaN" : value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Formats a fraction as a percentage with two decimals (0.1234 → 12.34%).</summary>
    public static string Percent(double value)
        => double.IsNaN(value) ? "NaN" : (value * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static string Escape(string field)
        => field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
