using Bastion.Analytics.Reports;

namespace Bastion.Analytics.Attribution;

/// <summary>
/// Reads a long-format sector file: a header with (at least) the columns <c>date,sector,weight,return</c> in any order,
/// then one line per period and sector. Weights and returns are simple fractions; dates ISO 8601 (period ends).
/// Other columns are ignored; lines starting with <c>#</c> are comments; fields are not quoted.
/// </summary>
public static class SectorFile
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A missing column, a bad field or a duplicate (date, sector), naming the file, line and field.</exception>
    public static IReadOnlyList<SectorRow> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: file not found");
        }

        CsvTable table = CsvTable.Read(path);
        int date = Column(table, "date"), sector = Column(table, "sector"), weight = Column(table, "weight"), ret = Column(table, "return");
        var rows = new List<SectorRow>(table.Rows.Count);
        var seen = new Dictionary<(DateTimeOffset, string), int>();
        foreach (CsvRow r in table.Rows)
        {
            string name = r.Text(sector);
            if (name.Length == 0)
            {
                throw new InvalidDataException($"{path} line {r.Line}, field 'sector': empty sector name");
            }

            var row = new SectorRow(r.Time(date, "date"), name, r.Number(weight, "weight"), r.Number(ret, "return"), r.Line);
            if (!seen.TryAdd((row.Date, name), r.Line))
            {
                throw new InvalidDataException($"{path} line {r.Line}, field 'sector': '{name}' on {r.Text(date)} repeats line {seen[(row.Date, name)]}");
            }

            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{path}: no data lines");
        }

        return rows;
    }

    private static int Column(CsvTable table, string name)
    {
        int i = Array.FindIndex(table.Header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 ? i : throw new InvalidDataException($"{table.Path} line 1: no '{name}' column (expected date,sector,weight,return)");
    }
}
