namespace Bastion.Risk.Simulation;

/// <summary>How daily returns along a simulated path are drawn.</summary>
public enum PathModel
{
    /// <summary>Historical returns resampled independently with replacement.</summary>
    Bootstrap = 1,

    /// <summary>Moving-block bootstrap (Künsch, 1989): blocks of consecutive historical returns with uniform random starts, concatenated; keeps short-range dependence.</summary>
    BlockBootstrap = 2,

    /// <summary>Normal with the sample mean and sample (n − 1) standard deviation (multivariate: sample means and covariance).</summary>
    Normal = 3,

    /// <summary>Student t with ν degrees of freedom scaled to the sample variance, shifted by the sample mean (multivariate: one χ² mixing draw per path and day).</summary>
    StudentT = 4,

    /// <summary>
    /// GARCH(1,1) or GJR per asset (<see cref="PathSimulationOptions.GarchVariant"/>), started from the fit's one-step variance forecast,
    /// with constant-correlation normal or Student t innovations (<see cref="PathSimulationOptions.Innovations"/>); see <see cref="GarchPathModel"/>.
    /// </summary>
    Garch = 5,
}
