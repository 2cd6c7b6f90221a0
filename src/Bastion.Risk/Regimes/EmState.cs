namespace Bastion.Risk.Regimes;

/// <summary>Mutable parameters of one EM run (one owner: the fit that created it).</summary>
internal sealed class EmState(int states)
{
    public double[] Means { get; } = new double[states];

    public double[] Volatilities { get; } = new double[states];

    public double[,] Transition { get; } = new double[states, states];

    public double LogLikelihood { get; set; } = double.NegativeInfinity;

    public int Iterations { get; set; }

    public bool Converged { get; set; }
}
