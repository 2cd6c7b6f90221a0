namespace Bastion.Numerics.Statistics;

/// <summary>How tied values are ranked (the <c>method</c> of <c>scipy.stats.rankdata</c>). Ranks start at 1.</summary>
public enum RankTieMethod
{
    /// <summary>Ties get the mean of the ranks they span (SciPy's default; used by Spearman correlation).</summary>
    Average = 1,

    /// <summary>Ties get the lowest rank they span (competition ranking "1224").</summary>
    Min = 2,

    /// <summary>Ties get the highest rank they span ("1334").</summary>
    Max = 3,

    /// <summary>Ties share a rank and the next distinct value gets the next integer ("1223").</summary>
    Dense = 4,

    /// <summary>Distinct ranks in order of appearance among ties ("1234").</summary>
    Ordinal = 5,
}
