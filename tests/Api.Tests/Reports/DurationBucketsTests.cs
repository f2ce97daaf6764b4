using SocialInsurance.Api.Features.Reports;

namespace SocialInsurance.Api.Tests.Reports;

/// <summary>
/// The buckets the cycle-time percentiles search by: every duration falls in exactly one, whose interval holds it;
/// the intervals follow each other without gap or overlap; and none is wider than a sixteenth of its values.
/// </summary>
public sealed class DurationBucketsTests
{
    [Fact]
    public void Interval_HoldsTheDuration_OfEveryBucketOf()
    {
        // Given
        var durations = Enumerable.Range(0, 5_000).Select(i => (long)i)
            .Concat(Enumerable.Range(1, 62).SelectMany(shift => new[] { (1L << shift) - 1, 1L << shift, (1L << shift) + 1, (1L << shift) + (1L << (shift - 1)) }))
            .Append(long.MaxValue);

        foreach (var seconds in durations)
        {
            // When
            var (first, last) = DurationBuckets.Interval(DurationBuckets.Of(seconds));

            // Then
            Assert.InRange(seconds, first, last);
        }
    }

    [Fact]
    public void Intervals_FollowEachOtherWithoutGap_AndStayNarrow()
    {
        // Given
        var previousLast = -1L;

        for (var bucket = 0; bucket <= DurationBuckets.Of(long.MaxValue); bucket++)
        {
            // When
            var (first, last) = DurationBuckets.Interval(bucket);

            // Then
            Assert.Equal(previousLast + 1, first);
            Assert.True(last - first + 1 <= Math.Max(1, first / 16), $"bucket {bucket}: {first}..{last} is wider than 1/16 of its values");
            Assert.Equal(bucket, DurationBuckets.Of(first));
            Assert.Equal(bucket, DurationBuckets.Of(last));
            previousLast = last;
        }

        Assert.Equal(long.MaxValue, previousLast);
    }

    [Fact]
    public void Of_IsZero_ForANegativeDuration()
    {
        // Given a clock that went back between submission and decision (a save clamps it; the bucket must not fail)
        // When
        var bucket = DurationBuckets.Of(-5);

        // Then
        Assert.Equal(0, bucket);
    }
}
