namespace Bastion.Risk.Volatility;

/// <summary>What to estimate. Defaults: GARCH(1,1), normal innovations, constant mean, arch's backcast start.</summary>
/// <param name="Model">The variance equation.</param>
/// <param name="Distribution">The innovation distribution.</param>
/// <param name="Mean">The mean equation.</param>
/// <param name="Start">The variance start-up rule.</param>
public sealed record GarchSpecification(
    VolatilityModel Model = VolatilityModel.Garch,
    InnovationDistribution Distribution = InnovationDistribution.Normal,
    MeanModel Mean = MeanModel.Constant,
    VarianceStart Start = VarianceStart.Backcast)
{
    /// <summary>Parameter names in estimation order: mu, omega, alpha, gamma, beta, nu (those that apply).</summary>
    public IReadOnlyList<string> ParameterNames
    {
        get
        {
            var names = new List<string>(6);
            if (Mean == MeanModel.Constant)
            {
                names.Add("mu");
            }

            names.Add("omega");
            names.Add("alpha");
            if (Model == VolatilityModel.GjrGarch)
            {
                names.Add("gamma");
            }

            names.Add("beta");
            if (Distribution == InnovationDistribution.StudentT)
            {
                names.Add("nu");
            }

            return names;
        }
    }
}
