namespace Bastion.Numerics.Random;

/// <summary>
/// Resampling index generators for dependent data: fill a span with indices into a series of length n. Deterministic
/// given the stream; allocation-free; thread-safe as long as each thread has its own stream.
/// </summary>
public static class BlockBootstrap
{
    /// <summary>
    /// Politis and Romano (1994) stationary bootstrap: blocks of geometric length with mean
    /// <paramref name="meanBlockLength"/>, starting uniformly, wrapping circularly. Each step starts a new block with
    /// probability 1/L, otherwise continues with the next index (mod n).
    /// </summary>
    public static void Stationary(RandomStream stream, int length, double meanBlockLength, Span<int> destination)
    {
        Check(stream, length, destination);
        if (!(meanBlockLength >= 1.0) || double.IsInfinity(meanBlockLength))
        {
            throw new ArgumentOutOfRangeException(nameof(meanBlockLength), meanBlockLength, "mean block length must be at least 1");
        }

        double restart = 1.0 / meanBlockLength;
        int current = 0;
        for (int t = 0; t < destination.Length; t++)
        {
            current = t == 0 || stream.NextDouble() < restart ? stream.NextInt(length) : (current + 1) % length;
            destination[t] = current;
        }
    }

    /// <summary>
    /// Künsch (1989) moving block bootstrap: consecutive blocks of <paramref name="blockLength"/> starting uniformly in
    /// [0, n − b], the last block truncated to fill the destination.
    /// </summary>
    public static void MovingBlock(RandomStream stream, int length, int blockLength, Span<int> destination)
    {
        Check(stream, length, destination);
        if (blockLength < 1 || blockLength > length)
        {
            throw new ArgumentOutOfRangeException(nameof(blockLength), blockLength, "block length must be in [1, n]");
        }

        for (int t = 0; t < destination.Length;)
        {
            int start = stream.NextInt(length - blockLength + 1);
            for (int k = 0; k < blockLength && t < destination.Length; k++)
            {
                destination[t++] = start + k;
            }
        }
    }

    /// <summary>
    /// Politis and Romano (1992) circular block bootstrap: blocks of <paramref name="blockLength"/> starting uniformly
    /// in [0, n), wrapping around the end so every observation is equally likely.
    /// </summary>
    public static void CircularBlock(RandomStream stream, int length, int blockLength, Span<int> destination)
    {
        Check(stream, length, destination);
        if (blockLength < 1 || blockLength > length)
        {
            throw new ArgumentOutOfRangeException(nameof(blockLength), blockLength, "block length must be in [1, n]");
        }

        for (int t = 0; t < destination.Length;)
        {
            int start = stream.NextInt(length);
            for (int k = 0; k < blockLength && t < destination.Length; k++)
            {
                destination[t++] = (start + k) % length;
            }
        }
    }

    private static void Check(RandomStream stream, int length, Span<int> destination)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        if (destination.IsEmpty)
        {
            throw new ArgumentException("destination must not be empty", nameof(destination));
        }
    }
}
