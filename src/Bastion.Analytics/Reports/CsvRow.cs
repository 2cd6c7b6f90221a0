using System.Globalization;

namespace Bastion.Analytics.Reports;

/// <summary>One data line of a <see cref="CsvTable"/>, with typed accessors whose errors name file, line and field.</summary>
internal sealed record CsvRow(string Path, int Line, string[] Fields)
{
    public string Text(int i) => Fields[i];

    public double Number(int i, string field)
        => double.TryParse(Fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw new InvalidDataException($"{Path} line {Line}, field '{field}': '{Fields[i]}' is not a finite number");

    public double Positive(int i, string field)
    {
        double v = Number(i, field);
        return v > 0 ? v : throw new InvalidDataException($"{Path} line {Line}, field '{field}': {Fields[i]} must be positive");
    }

    public DateTimeOffset Time(int i, string field)
        => DateTimeOffset.TryParse(Fields[i], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset t)
            ? t
            : throw new InvalidDataException($"{Path} line {Line}, field '{field}': '{Fields[i]}' is not an ISO 8601 timestamp");
}
