namespace SocialInsurance.Workflows.Model;

/// <summary>
/// <c>camunda:failedJobRetryTimeCycle</c> in its repeating-interval form <c>R{n}/{duration}</c>: n retries after the
/// first failure, each after the interval. Camunda 7's default is R3/PT10S (three retries), which we keep.
/// </summary>
public sealed record RetryCycle(int Retries, TimeSpan Interval)
{
    public static readonly RetryCycle Default = new(3, TimeSpan.FromSeconds(10));

    public override string ToString() => $"R{Retries}/{System.Xml.XmlConvert.ToString(Interval)}";
}
