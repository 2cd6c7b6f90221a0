using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Portfolio;
using Bastion.Risk.VaR;

namespace Bastion.Cli.Commands.Risk;

/// <summary>Writes VaR results in the three formats.</summary>
internal static class RiskOutput
{
    public static void WriteEstimate(TextWriter w, OutputFormat format, RiskEstimate e, VaRSettings s, (string Key, string Value)[] inputs, RiskDecomposition? d, string[]? assets, IReadOnlyList<(string Sector, double ComponentVaR, double ComponentES)>? sectors = null)
    {
        var echo = new List<(string, string)>(inputs)
        {
            ("method", s.Method),
            ("convention", s.Convention),
            ("confidence", Output.Number(s.Confidence)),
            ("horizonDays", s.HorizonDays.ToString(CultureInfo.InvariantCulture)),
            ("scaling", s.Scaling == HorizonScaling.SquareRootOfTime ? "sqrt" : "overlapping"),
        };
        switch (format)
        {
            case OutputFormat.Json:
                Output.WriteJson(w, new
                {
                    inputs = echo.ToDictionary(x => x.Item1, x => x.Item2),
                    valueAtRisk = e.ValueAtRisk,
                    expectedShortfall = e.ExpectedShortfall,
                    positions = d?.Positions.Select(p => new
                    {
                        asset = assets![p.Index],
                        weight = p.PositionValue,
                        marginalVaR = p.MarginalVaR,
                        componentVaR = p.ComponentVaR,
                        incrementalVaR = p.IncrementalVaR,
                        marginalES = p.MarginalES,
                        componentES = p.ComponentES,
                        incrementalES = p.IncrementalES,
                    }),
                    sectors = sectors?.Select(x => new { sector = x.Sector, componentVaR = x.ComponentVaR, componentES = x.ComponentES }),
                });
                break;
            case OutputFormat.Csv:
                Output.WriteCsv(w, ["field", "value"], Rows(e, echo));
                if (d is not null)
                {
                    w.WriteLine();
                    Output.WriteCsv(w, PositionHeaders, PositionRows(d, assets!, full: true));
                }

                if (sectors is not null)
                {
                    w.WriteLine();
                    Output.WriteCsv(w, SectorHeaders, SectorRows(sectors, 15));
                }

                break;
            default:
                Output.WriteTable(w, ["field", "value"], Rows(e, echo));
                if (d is not null)
                {
                    w.WriteLine();
                    Output.WriteTable(w, PositionHeaders, PositionRows(d, assets!, full: false));
                }

                if (sectors is not null)
                {
                    w.WriteLine();
                    Output.WriteTable(w, SectorHeaders, SectorRows(sectors, 6));
                }

                break;
        }
    }

    private static readonly string[] PositionHeaders = ["asset", "weight", "marginal VaR", "component VaR", "incremental VaR", "marginal ES", "component ES", "incremental ES"];

    private static readonly string[] SectorHeaders = ["sector", "component VaR", "component ES"];

    private static IEnumerable<IReadOnlyList<string>> SectorRows(IReadOnlyList<(string Sector, double ComponentVaR, double ComponentES)> sectors, int digits)
        => sectors.Select(x => (IReadOnlyList<string>)[x.Sector, Output.Number(x.ComponentVaR, digits), Output.Number(x.ComponentES, digits)]);

    private static IEnumerable<IReadOnlyList<string>> Rows(RiskEstimate e, List<(string Key, string Value)> echo)
    {
        foreach ((string key, string value) in echo)
        {
            yield return [key, value];
        }

        yield return ["VaR", Output.Number(e.ValueAtRisk, 8)];
        yield return ["ES", Output.Number(e.ExpectedShortfall, 8)];
    }

    private static IEnumerable<IReadOnlyList<string>> PositionRows(RiskDecomposition d, string[] assets, bool full)
    {
        int digits = full ? 15 : 6;
        foreach (PositionRisk p in d.Positions)
        {
            yield return
            [
                assets[p.Index], Output.Number(p.PositionValue, digits), Output.Number(p.MarginalVaR, digits), Output.Number(p.ComponentVaR, digits),
                Output.Number(p.IncrementalVaR, digits), Output.Number(p.MarginalES, digits), Output.Number(p.ComponentES, digits), Output.Number(p.IncrementalES, digits),
            ];
        }
    }
}
