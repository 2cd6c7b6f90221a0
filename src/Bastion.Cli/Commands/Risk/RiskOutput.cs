using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Portfolio;
using Bastion.Risk.VaR;

namespace Bastion.Cli.Commands.Risk;

/// <summary>Writes VaR results in the three formats.</summary>
internal static class RiskOutput
{
    public static void WriteEstimate(TextWriter w, OutputFormat format, RiskEstimate e, VaRSettings s, (string Key, string Value)[] inputs, RiskDecomposition? d, string[]? assets, IReadOnlyList<(string Sector, double ComponentVaR, double ComponentES)>? sectors = null, FactorOutput? factors = null)
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
                    factors = factors is null ? null : new
                    {
                        estimator = factors.Estimator,
                        valueAtRisk = factors.Decomposition.Total.ValueAtRisk,
                        expectedShortfall = factors.Decomposition.Total.ExpectedShortfall,
                        contributions = factors.Decomposition.Factors.Select(x => new
                        {
                            factor = factors.Names[x.Index],
                            exposure = x.Exposure,
                            marginalVaR = x.MarginalVaR,
                            componentVaR = x.ComponentVaR,
                            marginalES = x.MarginalES,
                            componentES = x.ComponentES,
                        }),
                        specific = new { componentVaR = factors.Decomposition.SpecificVaR, componentES = factors.Decomposition.SpecificES },
                    },
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

                if (factors is not null)
                {
                    w.WriteLine();
                    Output.WriteCsv(w, FactorHeaders, FactorRows(factors, 15));
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

                if (factors is not null)
                {
                    w.WriteLine();
                    w.WriteLine($"by factor ({factors.Estimator}):");
                    Output.WriteTable(w, FactorHeaders, FactorRows(factors, 6));
                }

                break;
        }
    }

    private static readonly string[] PositionHeaders = ["asset", "weight", "marginal VaR", "component VaR", "incremental VaR", "marginal ES", "component ES", "incremental ES"];

    private static readonly string[] SectorHeaders = ["sector", "component VaR", "component ES"];

    private static readonly string[] FactorHeaders = ["factor", "exposure", "marginal VaR", "component VaR", "marginal ES", "component ES"];

    /// <summary>One row per factor, then "specific" and the factor-model "total" (components sum to it).</summary>
    private static IEnumerable<IReadOnlyList<string>> FactorRows(FactorOutput factors, int digits)
    {
        FactorRiskDecomposition d = factors.Decomposition;
        foreach (FactorRisk x in d.Factors)
        {
            yield return
            [
                factors.Names[x.Index], Output.Number(x.Exposure, digits), Output.Number(x.MarginalVaR, digits), Output.Number(x.ComponentVaR, digits),
                Output.Number(x.MarginalES, digits), Output.Number(x.ComponentES, digits),
            ];
        }

        yield return ["specific", string.Empty, string.Empty, Output.Number(d.SpecificVaR, digits), string.Empty, Output.Number(d.SpecificES, digits)];
        yield return ["total", string.Empty, string.Empty, Output.Number(d.Total.ValueAtRisk, digits), string.Empty, Output.Number(d.Total.ExpectedShortfall, digits)];
    }

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
