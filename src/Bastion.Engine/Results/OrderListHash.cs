using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bastion.Core.Orders;
using Bastion.Core.Text;

namespace Bastion.Engine.Results;

/// <summary>
/// A stable fingerprint of a run's orders for golden-master tests: SHA-256 (lower-case hex) of a canonical text
/// with one line per order in id order —
/// <c>id|clientId|symbol|side|type|tif|quantity|limit|stop|trailAmount|trailPercent|expiryTicks|submittedTicks|status|filledQuantity|averageFillPrice|commission|fees|lastUpdateTicks</c>
/// — decimals in invariant culture without trailing zeros, missing values empty, times as UTC ticks.
/// </summary>
public static class OrderListHash
{
    /// <summary>The canonical text the hash is taken over.</summary>
    public static string CanonicalText(IEnumerable<Order> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var text = new StringBuilder();
        var line = new CanonicalLine();
        foreach (Order o in orders)
        {
            text.Append(line.Format(o));
        }

        return text.ToString();
    }

    /// <summary>SHA-256 of <see cref="CanonicalText"/>, lower-case hex.</summary>
    /// <remarks>Hashes line by line, so a run with many orders never builds the whole text.</remarks>
    public static string Compute(IEnumerable<Order> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new CanonicalLine();
        byte[] utf8 = new byte[1024];
        foreach (Order o in orders)
        {
            ReadOnlySpan<char> chars = line.Format(o);
            int needed = Encoding.UTF8.GetMaxByteCount(chars.Length);
            if (needed > utf8.Length)
            {
                utf8 = new byte[needed];
            }

            sha.AppendData(utf8, 0, Encoding.UTF8.GetBytes(chars, utf8));
        }

        Span<byte> digest = stackalloc byte[32];
        sha.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Formats one order's canonical line (with its newline) into a reused buffer.</summary>
    private sealed class CanonicalLine
    {
        private char[] _buffer = new char[512];
        private int _length;

        public ReadOnlySpan<char> Format(Order o)
        {
            OrderRequest r = o.Request;
            _length = 0;
            Append(o.Id).Append('|')
                .Append(r.ClientOrderId).Append('|')
                .Append(r.Symbol.Value).Append('|')
                .AppendEnum(r.Side).Append('|')
                .AppendEnum(r.Type).Append('|')
                .AppendEnum(r.TimeInForce).Append('|')
                .Append(r.Quantity).Append('|')
                .Append(r.LimitPrice).Append('|')
                .Append(r.StopPrice).Append('|')
                .Append(r.TrailingAmount).Append('|')
                .Append(r.TrailingPercent).Append('|');
            if (r.ExpiryUtc is DateTimeOffset expiry)
            {
                Append(expiry.UtcTicks);
            }

            Append('|').Append(o.SubmittedAt.UtcTicks).Append('|')
                .AppendEnum(o.Status).Append('|')
                .Append(o.FilledQuantity).Append('|')
                .Append(o.AverageFillPrice).Append('|')
                .Append(o.Commission).Append('|')
                .Append(o.Fees).Append('|')
                .Append(o.LastUpdate.UtcTicks).Append('\n');
            return _buffer.AsSpan(0, _length);
        }

        private CanonicalLine Append(char c)
        {
            Reserve(1);
            _buffer[_length++] = c;
            return this;
        }

        private CanonicalLine Append(string? s)
        {
            if (!string.IsNullOrEmpty(s))
            {
                Reserve(s.Length);
                s.CopyTo(_buffer.AsSpan(_length));
                _length += s.Length;
            }

            return this;
        }

        /// <summary>The enum's ToString() text, without boxing it.</summary>
        private CanonicalLine AppendEnum<T>(T value)
            where T : struct, Enum
        {
            Reserve(64);
            Enum.TryFormat(value, _buffer.AsSpan(_length), out int written);
            _length += written;
            return this;
        }

        private CanonicalLine Append(long value)
        {
            Reserve(20);
            value.TryFormat(_buffer.AsSpan(_length), out int written, provider: CultureInfo.InvariantCulture);
            _length += written;
            return this;
        }

        private CanonicalLine Append(decimal? value)
        {
            if (value is decimal d)
            {
                Reserve(DecimalText.MaxLength);
                _length += DecimalText.Format(d, _buffer.AsSpan(_length), trimTrailingZeros: true);
            }

            return this;
        }

        private void Reserve(int extra)
        {
            if (_length + extra > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
            }
        }
    }
}
