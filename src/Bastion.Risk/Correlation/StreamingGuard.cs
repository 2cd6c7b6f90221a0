namespace Bastion.Risk.Correlation;

/// <summary>Argument checks shared by the streaming estimators (allocation-free on success).</summary>
internal static class StreamingGuard
{
    public static void Observation(ReadOnlySpan<double> observation, int assets, string name)
    {
        if (observation.Length != assets)
        {
            throw new ArgumentException($"expected {assets} returns (one per asset), got {observation.Length}", name);
        }

        for (int i = 0; i < observation.Length; i++)
        {
            if (!double.IsFinite(observation[i]))
            {
                throw new ArgumentException($"asset {i} is {observation[i]}; all returns must be finite", name);
            }
        }
    }

    public static void Destination(double[,] destination, int assets, string name)
    {
        ArgumentNullException.ThrowIfNull(destination, name);
        if (destination.GetLength(0) != assets || destination.GetLength(1) != assets)
        {
            throw new ArgumentException($"destination must be {assets}×{assets}, got {destination.GetLength(0)}×{destination.GetLength(1)}", name);
        }
    }
}
