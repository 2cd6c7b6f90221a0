namespace Bastion.Analytics.Rigor;

/// <summary>Adjusted p-values for a family of tests (statsmodels <c>multipletests</c> semantics). Thread-safe.</summary>
public static class MultipleTesting
{
    /// <summary>
    /// Adjusts <paramref name="pValues"/> by <paramref name="method"/>; the result is in the input order, each value
    /// in [0, 1]. Reject hypothesis i at level α when adjusted[i] ≤ α.
    /// </summary>
    /// <exception cref="ArgumentException">A p-value is outside [0, 1].</exception>
    public static double[] Adjust(ReadOnlySpan<double> pValues, MultipleTestingMethod method)
    {
        int m = pValues.Length;
        for (int i = 0; i < m; i++)
        {
            if (!(pValues[i] >= 0.0 && pValues[i] <= 1.0))
            {
                throw new ArgumentException($"p-value {i} is {pValues[i]}; must be in [0, 1]", nameof(pValues));
            }
        }

        var adjusted = new double[m];
        if (m == 0)
        {
            return adjusted;
        }

        int[] order = new int[m];
        for (int i = 0; i < m; i++)
        {
            order[i] = i;
        }

        double[] p = pValues.ToArray();
        Array.Sort((double[])p.Clone(), order);
        switch (method)
        {
            case MultipleTestingMethod.Bonferroni:
                for (int i = 0; i < m; i++)
                {
                    adjusted[i] = Math.Min(p[i] * m, 1.0);
                }

                break;
            case MultipleTestingMethod.Holm:
                double running = 0.0;
                for (int k = 0; k < m; k++)
                {
                    running = Math.Max(running, Math.Min((m - k) * p[order[k]], 1.0));
                    adjusted[order[k]] = running;
                }

                break;
            case MultipleTestingMethod.BenjaminiHochberg:
            case MultipleTestingMethod.BenjaminiHochbergYekutieli:
                double c = 1.0;
                if (method == MultipleTestingMethod.BenjaminiHochbergYekutieli)
                {
                    c = 0.0;
                    for (int i = 1; i <= m; i++)
                    {
                        c += 1.0 / i;
                    }
                }

                double min = 1.0;
                for (int k = m - 1; k >= 0; k--)
                {
                    min = Math.Min(min, p[order[k]] * m * c / (k + 1));
                    adjusted[order[k]] = min;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "unknown multiple-testing method");
        }

        return adjusted;
    }
}
