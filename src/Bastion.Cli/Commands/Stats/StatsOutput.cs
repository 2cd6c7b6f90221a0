using System.Globalization;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Stats;

/// <summary>
/// Output of the <c>stats</c> verbs: named results (numbers or text), an optional per-strategy table, and notes.
/// Table: a statistic/value table, the per-strategy table, then <c>note:</c> lines. JSON: one object (NaN as null, the
/// table under <c>strategies</c>, notes under <c>notes</c>). CSV: statistic,value rows, then a blank line and the table.
/// </summary>
internal static class StatsOutput
{
    /// <summary>A table under <paramref name="Key"/> in JSON: column names (camelCase, also the JSON keys) and one row of values per strategy.</summary>
    public sealed record Table(string Key, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object>> Rows);

    public static void Write(CliContext context, OutputFormat format, IReadOnlyList<(string Name, object Value)> fields, IReadOnlyList<string> notes, Table? table = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                var obj = fields.ToDictionary(f => f.Name, f => Json(f.Value));
                if (table is not null)
                {
                    obj[table.Key] = table.Rows.Select(row => table.Columns.Select((c, i) => (c, Json(row[i]))).ToDictionary(x => x.c, x => x.Item2)).ToList();
                }

                if (notes.Count > 0)
                {
                    obj["notes"] = notes;
                }

                Output.WriteJson(context.Out, obj);
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(context.Out, ["statistic", "value"], fields.Select(f => (IReadOnlyList<string>)[f.Name, Raw(f.Value)]));
                if (table is not null)
                {
                    context.Out.WriteLine();
                    Output.WriteCsv(context.Out, table.Columns, table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Raw)]));
                }

                break;
            default:
                Output.WriteTable(context.Out, ["Statistic", "Value"], fields.Select(f => (IReadOnlyList<string>)[f.Name, Display(f.Value)]));
                if (table is not null)
                {
                    context.Out.WriteLine();
                    Output.WriteTable(context.Out, table.Columns, table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Display)]));
                }

                foreach (string note in notes)
                {
                    context.Out.WriteLine($"note: {note}");
                }

                break;
        }
    }

    private static object? Json(object value) => value is double d && !double.IsFinite(d) ? null : value;

    private static string Raw(object value) => value switch
    {
        double d => double.IsNaN(d) ? string.Empty : d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Display(object value) => value switch
    {
        double d => double.IsNaN(d) ? "undefined" : Output.Number(d, 8),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
