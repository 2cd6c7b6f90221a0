namespace Bastion.Numerics.Random;

/// <summary>
/// The 128-layer ziggurat for the standard normal (Marsaglia and Tsang 2000, in Doornik's 2005 ZIGNOR form with
/// 53-bit uniforms). Built once from R = 3.442619855899 and V = 9.91256303526217e-3 with <see cref="PortableMath"/>,
/// so the tables are bit-identical on every machine.
/// </summary>
internal static class ZigguratTables
{
    internal const int Layers = 128;
    internal const double TailStart = 3.442619855899;
    private const double LayerArea = 9.91256303526217e-3;

    /// <summary>Layer right edges x₀ (pseudo-width of the base) … x₁₂₈ = 0.</summary>
    internal static readonly double[] X = BuildX();

    /// <summary>Ratios xᵢ₊₁/xᵢ: a uniform below this lies inside the rectangle and is accepted at once.</summary>
    internal static readonly double[] Ratio = BuildRatio(X);

    private static double[] BuildX()
    {
        var x = new double[Layers + 1];
        double f = PortableMath.Exp(-0.5 * TailStart * TailStart);
        x[0] = LayerArea / f;
        x[1] = TailStart;
        x[Layers] = 0.0;
        for (int i = 2; i < Layers; i++)
        {
            x[i] = Math.Sqrt(-2.0 * PortableMath.Log((LayerArea / x[i - 1]) + f));
            f = PortableMath.Exp(-0.5 * x[i] * x[i]);
        }

        return x;
    }

    private static double[] BuildRatio(double[] x)
    {
        var r = new double[Layers];
        for (int i = 0; i < Layers; i++)
        {
            r[i] = x[i + 1] / x[i];
        }

        return r;
    }
}
