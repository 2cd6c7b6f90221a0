namespace Bastion.Analytics.Reports;

/// <summary>A small CSV reader for run files: comma-separated, no quoting, '#' comments, blank lines skipped.</summary>
internal sealed record CsvTable(string Path, string[] Header, IReadOnlyList<CsvRow> Rows)
{
    public static CsvTable Read(string path)
    {
        string[] header = [];
        var rows = new List<CsvRow>();
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            string[] fields = [.. text.Split(',').Select(f => f.Trim())];
            if (header.Length == 0)
            {
                header = fields;
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{path} line {line}: {fields.Length} fields, header has {header.Length}");
            }

            rows.Add(new CsvRow(path, line, fields));
        }

        if (header.Length == 0)
        {
            throw new InvalidDataException($"{path}: empty file (no header)");
        }

        return new CsvTable(path, header, rows);
    }
}
