using System.Globalization;

namespace Bastion.Pricing.Tests;

/// <summary>Reads the QuantLib CSV fixtures (lines starting with '#' are provenance).</summary>
internal sealed class Fixture
{
    private readonly Dictionary<string, int> _columns;
    private readonly string[] _cells;

    private Fixture(Dictionary<string, int> columns, string[] cells, int line)
    {
        _columns = columns;
        _cells = cells;
        Line = line;
    }

    public int Line { get; }

    public static IEnumerable<Fixture> Rows(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
        Dictionary<string, int>? columns = null;
        int line = 0;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (text.StartsWith('#') || text.Length == 0)
            {
                continue;
            }

            string[] cells = text.Split(',');
            if (columns is null)
            {
                columns = cells.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
                continue;
            }

            yield return new Fixture(columns, cells, line);
        }
    }

    public double this[string column] => double.Parse(_cells[_columns[column]], CultureInfo.InvariantCulture);

    public string Text(string column) => _cells[_columns[column]];

    public OptionType Type => Text("type") == "call" ? OptionType.Call : OptionType.Put;

    public override string ToString() => $"line {Line}: {string.Join(',', _cells)}";
}
