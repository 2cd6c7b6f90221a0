namespace Bastion.Numerics.Optimization;

/// <summary>Input checks shared by the public problem types; every failure names the argument.</summary>
internal static class ProblemGuards
{
    public static double[] Flatten(double[,] matrix, string name)
    {
        int rows = matrix.GetLength(0);
        int columns = matrix.GetLength(1);
        var flat = new double[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double v = matrix[i, j];
                if (!double.IsFinite(v))
                {
                    throw new ArgumentException($"{name}[{i},{j}] is {v}; entries must be finite.", name);
                }

                flat[(i * columns) + j] = v;
            }
        }

        return flat;
    }

    public static void RequireFinite(double[] values, string name)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {values[i]}; entries must be finite.", name);
            }
        }
    }
}
