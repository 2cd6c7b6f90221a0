namespace Bastion.Numerics.Distributions;

/// <summary>
/// Wichura, M. J. (1988), "Algorithm AS 241: The percentage points of the normal distribution", Applied Statistics 37,
/// 477–484: the PPND16 rational approximations, relative accuracy about 1e-16.
/// </summary>
internal static class NormalQuantileAs241
{
    private static ReadOnlySpan<double> A => [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
        45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];

    private static ReadOnlySpan<double> B => [1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
        21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925];

    private static ReadOnlySpan<double> C => [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
        1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];

    private static ReadOnlySpan<double> D => [1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
        0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];

    private static ReadOnlySpan<double> E => [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
        0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];

    private static ReadOnlySpan<double> F => [1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
        7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

    /// <summary>Φ⁻¹(p) for 0 &lt; p ≤ 0.5.</summary>
    internal static double LowerTail(double p)
    {
        double q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            double r = 0.180625 - (q * q);
            return q * Horner(A, r) / Horner(B, r);
        }

        double s = Math.Sqrt(-Math.Log(p));
        return s <= 5.0
            ? -Horner(C, s - 1.6) / Horner(D, s - 1.6)
            : -Horner(E, s - 5.0) / Horner(F, s - 5.0);
    }

    private static double Horner(ReadOnlySpan<double> ascending, double x)
    {
        double sum = ascending[^1];
        for (int i = ascending.Length - 2; i >= 0; i--)
        {
            sum = (sum * x) + ascending[i];
        }

        return sum;
    }
}
