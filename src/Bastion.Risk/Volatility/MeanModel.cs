namespace Bastion.Risk.Volatility;

/// <summary>The conditional mean of the returns.</summary>
public enum MeanModel
{
    /// <summary>rₜ = μ + εₜ, μ estimated jointly (arch's <c>ConstantMean</c>).</summary>
    Constant = 1,

    /// <summary>rₜ = εₜ (arch's <c>ZeroMean</c>).</summary>
    Zero = 2,
}
