using Bastion.Numerics.Statistics;
using Bastion.Risk.VaR;

namespace Bastion.Cli.Commands.Risk;

/// <summary>The VaR method and its parameters, as chosen on the command line (validated once).</summary>
internal sealed record VaRSettings(
    string Method,
    double Confidence,
    int HorizonDays,
    HorizonScaling Scaling,
    QuantileMethod Quantile,
    ulong Seed,
    int Simulations,
    string Simulation,
    double DegreesOfFreedom,
    VolatilityFilter Filter,
    double Lambda)
{
    public static readonly string[] Methods = ["historical", "normal", "student-t", "cornish-fisher", "monte-carlo", "filtered-historical"];

    /// <summary>The fewest returns the method needs at this confidence (one tail observation for the empirical methods).</summary>
    public int MinimumObservations
    {
        get
        {
            int tail = (int)Math.Ceiling((1.0 / (1.0 - Confidence)) - 1e-9);
            int basis = Method switch
            {
                "historical" => tail,
                "filtered-historical" => Math.Max(tail, Filter == VolatilityFilter.Garch ? 10 : 2),
                "cornish-fisher" => 4,
                _ => 2,
            };
            return Scaling == HorizonScaling.OverlappingReturns ? basis + HorizonDays - 1 : basis;
        }
    }

    /// <summary>A one-line description of the convention, echoed in the output.</summary>
    public string Convention => Method switch
    {
        "historical" => $"empirical quantile ({Quantile.ToString().ToLowerInvariant()}), ES = mean of returns at or below it",
        "normal" => "normal, sample mean and (n-1) standard deviation",
        "student-t" => $"Student t, nu = {DegreesOfFreedom:G4}, scaled to the sample variance",
        "cornish-fisher" => "Cornish-Fisher modified VaR, Boudt-Peterson-Croux modified ES",
        "monte-carlo" => $"Monte Carlo ({Simulation}, {Simulations} draws, seed {Seed})",
        _ => $"filtered historical simulation ({(Filter == VolatilityFilter.Ewma ? $"EWMA lambda {Lambda:G4}" : "GARCH(1,1)")})",
    };
}
