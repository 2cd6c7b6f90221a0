namespace Bastion.Analytics.Attribution;

/// <summary>Row indices of the dates two increasing date lists share (exact UTC equality).</summary>
internal readonly record struct DateJoin(int[] Left, int[] Right, int DroppedLeft, int DroppedRight)
{
    public static DateJoin Of(DateTimeOffset[] left, DateTimeOffset[] right)
    {
        var l = new List<int>(Math.Min(left.Length, right.Length));
        var r = new List<int>(l.Capacity);
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            int cmp = left[i].CompareTo(right[j]);
            if (cmp == 0)
            {
                l.Add(i++);
                r.Add(j++);
            }
            else if (cmp < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return new DateJoin([.. l], [.. r], left.Length - l.Count, right.Length - r.Count);
    }
}
