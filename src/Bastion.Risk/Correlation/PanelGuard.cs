namespace Bastion.Risk.Correlation;

/// <summary>Argument checks for T × n return panels (rows are observations, columns assets).</summary>
internal static class PanelGuard
{
    /// <summary>Throws unless the panel has at least <paramref name="minimumRows"/> rows, one column and only finite values.</summary>
    public static void Finite(double[,] panel, int minimumRows, string name)
    {
        ArgumentNullException.ThrowIfNull(panel, name);
        int rows = panel.GetLength(0), columns = panel.GetLength(1);
        if (columns < 1)
        {
            throw new ArgumentException("the panel has no columns (assets)", name);
        }

        if (rows < minimumRows)
        {
            throw new ArgumentException($"needs at least {minimumRows} observations (rows), got {rows}", name);
        }

        for (int t = 0; t < rows; t++)
        {
            for (int j = 0; j < columns; j++)
            {
                if (!double.IsFinite(panel[t, j]))
                {
                    throw new ArgumentException($"row {t}, column {j} is {panel[t, j]}; all values must be finite", name);
                }
            }
        }
    }

    /// <summary>Throws unless <paramref name="window"/> is at least 2 and no longer than the panel.</summary>
    public static void Window(int window, int rows, string name)
    {
        if (window < 2)
        {
            throw new ArgumentOutOfRangeException(name, window, "the window must hold at least 2 observations");
        }

        if (window > rows)
        {
            throw new ArgumentOutOfRangeException(name, window, $"a window of {window} needs at least {window} observations, got {rows}");
        }
    }
}
