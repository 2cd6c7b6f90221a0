namespace Bastion.Portfolio.Clustering;

/// <summary>
/// An agglomerative clustering of n items, as SciPy's linkage matrix: merge k joins clusters <see cref="Left"/>[k] and
/// <see cref="Right"/>[k] (ids below n are items, id n + k is the cluster made by merge k; Left &lt; Right) at height
/// <see cref="Height"/>[k]. Built in O(n²) (minimum spanning tree for single linkage, nearest-neighbour chain for the
/// others) and labelled exactly as <c>scipy.cluster.hierarchy.linkage</c> does, so leaf orders agree with SciPy.
/// </summary>
public sealed class ClusterTree
{
    private ClusterTree(int[] left, int[] right, double[] height, int[] size)
    {
        Left = left;
        Right = right;
        Height = height;
        Size = size;
    }

    /// <summary>First (smaller-id) child of each merge.</summary>
    public IReadOnlyList<int> Left { get; }

    /// <summary>Second (larger-id) child of each merge.</summary>
    public IReadOnlyList<int> Right { get; }

    /// <summary>Distance at which each merge happened (non-decreasing).</summary>
    public IReadOnlyList<double> Height { get; }

    /// <summary>Number of items under each merge.</summary>
    public IReadOnlyList<int> Size { get; }

    /// <summary>Number of items clustered.</summary>
    public int Items => Left.Count + 1;

    /// <summary>Builds the tree from a symmetric distance matrix (zero diagonal).</summary>
    /// <exception cref="ArgumentException">Not square, fewer than 2 items, or a negative or non-finite distance.</exception>
    public static ClusterTree Build(double[,] distances, LinkageMethod method)
    {
        ArgumentNullException.ThrowIfNull(distances);
        int n = distances.GetLength(0);
        if (n < 2 || distances.GetLength(1) != n)
        {
            throw new ArgumentException($"distance matrix must be square with at least 2 items, got {n}×{distances.GetLength(1)}", nameof(distances));
        }

        foreach (double d in distances)
        {
            if (!(d >= 0) || double.IsInfinity(d))
            {
                throw new ArgumentException($"distances must be finite and non-negative, found {d}", nameof(distances));
            }
        }

        (int X, int Y, double D)[] merges = method == LinkageMethod.Single
            ? MinimumSpanningTree(distances)
            : NearestNeighbourChain((double[,])distances.Clone(), method);

        // Stable sort by height, then relabel with union-find (SciPy's argsort(kind="mergesort") and label()).
        int[] order = [.. Enumerable.Range(0, merges.Length).OrderBy(k => merges[k].D)];
        var left = new int[n - 1];
        var right = new int[n - 1];
        var height = new double[n - 1];
        var size = new int[n - 1];
        var parent = new int[(2 * n) - 1];
        var clusterSize = new int[(2 * n) - 1];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
            clusterSize[i] = i < n ? 1 : 0;
        }

        for (int k = 0; k < order.Length; k++)
        {
            (int x, int y, double d) = merges[order[k]];
            int rx = Find(parent, x), ry = Find(parent, y);
            left[k] = Math.Min(rx, ry);
            right[k] = Math.Max(rx, ry);
            height[k] = d;
            int id = n + k;
            parent[rx] = id;
            parent[ry] = id;
            clusterSize[id] = clusterSize[rx] + clusterSize[ry];
            size[k] = clusterSize[id];
        }

        return new ClusterTree(left, right, height, size);
    }

    /// <summary>Items in the order a pre-order walk of the tree visits them (SciPy <c>to_tree(Z).pre_order()</c>).</summary>
    public int[] LeafOrder()
    {
        int n = Items;
        var leaves = new List<int>(n);
        var stack = new Stack<int>();
        stack.Push((2 * n) - 2);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            if (node < n)
            {
                leaves.Add(node);
                continue;
            }

            stack.Push(Right[node - n]);
            stack.Push(Left[node - n]);
        }

        return [.. leaves];
    }

    private static int Find(int[] parent, int x)
    {
        int root = x;
        while (parent[root] != root)
        {
            root = parent[root];
        }

        while (parent[x] != root)
        {
            (parent[x], x) = (root, parent[x]);
        }

        return root;
    }

    /// <summary>Prim's algorithm as SciPy's <c>mst_single_linkage</c>: grows from item 0, ties to the lowest index.</summary>
    private static (int, int, double)[] MinimumSpanningTree(double[,] dist)
    {
        int n = dist.GetLength(0);
        var merged = new bool[n];
        var best = new double[n];
        Array.Fill(best, double.PositiveInfinity);
        var result = new (int, int, double)[n - 1];
        int x = 0;
        for (int k = 0; k < n - 1; k++)
        {
            double current = double.PositiveInfinity;
            int y = -1;
            merged[x] = true;
            for (int i = 0; i < n; i++)
            {
                if (merged[i])
                {
                    continue;
                }

                best[i] = Math.Min(best[i], dist[x, i]);
                if (best[i] < current || y < 0)
                {
                    y = i;
                    current = best[i];
                }
            }

            result[k] = (x, y, current);
            x = y;
        }

        return result;
    }

    /// <summary>SciPy's <c>nn_chain</c> with Lance–Williams updates; the merged cluster keeps the larger index.</summary>
    private static (int, int, double)[] NearestNeighbourChain(double[,] d, LinkageMethod method)
    {
        int n = d.GetLength(0);
        var size = new int[n];
        Array.Fill(size, 1);
        var chain = new List<int>(n);
        var result = new (int, int, double)[n - 1];
        for (int k = 0; k < n - 1; k++)
        {
            if (chain.Count == 0)
            {
                chain.Add(Array.FindIndex(size, s => s > 0));
            }

            int x, y;
            double current;
            while (true)
            {
                x = chain[^1];
                if (chain.Count > 1)
                {
                    y = chain[^2];
                    current = d[x, y];
                }
                else
                {
                    y = -1;
                    current = double.PositiveInfinity;
                }

                for (int i = 0; i < n; i++)
                {
                    if (size[i] == 0 || i == x)
                    {
                        continue;
                    }

                    if (d[x, i] < current || y < 0)
                    {
                        current = d[x, i];
                        y = i;
                    }
                }

                if (chain.Count > 1 && y == chain[^2])
                {
                    break;
                }

                chain.Add(y);
            }

            chain.RemoveRange(chain.Count - 2, 2);
            if (x > y)
            {
                (x, y) = (y, x);
            }

            int nx = size[x], ny = size[y];
            result[k] = (x, y, current);
            size[x] = 0;
            size[y] = nx + ny;
            for (int i = 0; i < n; i++)
            {
                int ni = size[i];
                if (ni == 0 || i == y)
                {
                    continue;
                }

                double updated = Update(method, d[i, x], d[i, y], current, nx, ny, ni);
                d[i, y] = updated;
                d[y, i] = updated;
            }
        }

        return result;
    }

    /// <summary>SciPy's <c>_ward</c>, term for term so rounding matches.</summary>
    private static double Ward(double dx, double dy, double dxy, int nx, int ny, int ni)
    {
        double t = 1.0 / (nx + ny + ni);
        return Math.Sqrt(((ni + nx) * t * dx * dx) + ((ni + ny) * t * dy * dy) - (ni * t * dxy * dxy));
    }

    private static double Update(LinkageMethod method, double dx, double dy, double dxy, int nx, int ny, int ni) => method switch
    {
        LinkageMethod.Complete => Math.Max(dx, dy),
        LinkageMethod.Average => ((nx * dx) + (ny * dy)) / (nx + ny),
        LinkageMethod.Ward => Ward(dx, dy, dxy, nx, ny, ni),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not a nearest-neighbour-chain method"),
    };
}
