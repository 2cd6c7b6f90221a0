namespace Bastion.Portfolio.Clustering;

/// <summary>How the distance between two clusters is measured when building the tree (SciPy's names).</summary>
public enum LinkageMethod
{
    /// <summary>Nearest members (minimum spanning tree). PyPortfolioOpt's HRP default.</summary>
    Single = 1,

    /// <summary>Farthest members.</summary>
    Complete = 2,

    /// <summary>Mean of all member pairs (UPGMA).</summary>
    Average = 3,

    /// <summary>Ward's minimum-variance criterion.</summary>
    Ward = 4,
}
