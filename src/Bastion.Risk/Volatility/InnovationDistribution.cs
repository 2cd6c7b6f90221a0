namespace Bastion.Risk.Volatility;

/// <summary>The distribution of the standardized innovations zₜ = εₜ/σₜ.</summary>
public enum InnovationDistribution
{
    /// <summary>Standard normal.</summary>
    Normal = 1,

    /// <summary>Student t with ν &gt; 2 degrees of freedom, standardized to unit variance (arch's <c>StudentsT</c>); ν is estimated.</summary>
    StudentT = 2,
}
