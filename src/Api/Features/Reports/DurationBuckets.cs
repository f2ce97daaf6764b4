using System.Globalization;
using System.Numerics;
using System.Text;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// A duration's bucket, by which cycle-time percentiles count a date range's cases before reading any duration
/// (<see cref="DurationPercentiles"/>). Like a floating-point number with a four-bit mantissa: seconds below 32 are their
/// own bucket; above, each doubling is cut into 16 equal buckets, so no bucket is wider than a sixteenth of its values
/// (9 hours wide at 10 days), and durations up to a year fall in fewer than 360 buckets. Only comparisons, shifts and
/// masks, so the database computes it on SQLite and PostgreSQL alike (<see cref="Sql"/>) from the duration the index
/// holds: nothing is stored, so no row needs filling when the buckets change.
/// </summary>
public static class DurationBuckets
{
    private const int MantissaBits = 4;
    private const int PerDoubling = 1 << MantissaBits;
    private const int Exact = 2 * PerDoubling;

    /// <summary>The highest exponent of a positive 64-bit integer.</summary>
    private const int TopExponent = 62;

    public static int Of(long seconds)
    {
        if (seconds < Exact)
        {
            return (int)Math.Max(0, seconds);
        }

        var exponent = BitOperations.Log2((ulong)seconds);
        return ((exponent - MantissaBits + 1) * PerDoubling) + (int)((seconds >> (exponent - MantissaBits)) & (PerDoubling - 1));
    }

    /// <summary>The first and the last duration of a bucket (both included).</summary>
    public static (long First, long Last) Interval(int bucket)
    {
        if (bucket < Exact)
        {
            return (bucket, bucket);
        }

        var exponent = (bucket / PerDoubling) + MantissaBits - 1;
        var width = 1L << (exponent - MantissaBits);
        var first = (PerDoubling + (bucket % PerDoubling)) * width;
        return (first, first + (width - 1));
    }

    /// <summary>
    /// <see cref="Of(long)"/> as a SQL expression over an integer column (already quoted), for SQLite and PostgreSQL:
    /// a binary search over the doublings (six comparisons), then one shift and one mask, as it is evaluated once per
    /// row of the range.
    /// </summary>
    public static string Sql(string column)
    {
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"CASE WHEN {column} < 1 THEN 0 WHEN {column} < {Exact} THEN {column} ELSE ");
        Doublings(sql, column, MantissaBits + 1, TopExponent);
        return sql.Append(" END").ToString();
    }

    private static void Doublings(StringBuilder sql, string column, int low, int high)
    {
        if (low == high)
        {
            sql.Append(CultureInfo.InvariantCulture, $"({(low - MantissaBits + 1) * PerDoubling} + (({column} >> {low - MantissaBits}) & {PerDoubling - 1}))");
            return;
        }

        var middle = (low + high) / 2;
        sql.Append(CultureInfo.InvariantCulture, $"CASE WHEN {column} < {1L << (middle + 1)} THEN ");
        Doublings(sql, column, low, middle);
        sql.Append(" ELSE ");
        Doublings(sql, column, middle + 1, high);
        sql.Append(" END");
    }
}
