using System.Diagnostics;
using System.Diagnostics.Metrics;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Diagnostics;

/// <summary>
/// The engine's traces and metrics, through the BCL's <see cref="ActivitySource"/> and <see cref="Meter"/> only: the
/// host decides whether and where they go (OpenTelemetry subscribes by <see cref="Name"/>), and with nobody listening
/// a span costs a null check. Tags carry the process key, element id and type, and the instance id — never variables,
/// business keys or correlation keys, which may hold an applicant's ID number.
/// </summary>
public static class EngineTelemetry
{
    public const string Name = "SocialInsurance.Workflows";

    public const string ProcessKeyTag = "bpmn.process.key";
    public const string ElementIdTag = "bpmn.element.id";
    public const string ElementTypeTag = "bpmn.element.type";
    public const string InstanceIdTag = "workflow.instance.id";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Steps = Meter.CreateCounter<long>(
        "workflow.steps", "{step}", "Steps run (one instance from a trigger to its next wait state); steps/s is its rate.");

    // Seconds, with buckets from a cached condition (sub-millisecond) to a step stuck behind a lock.
    private static readonly Histogram<double> StepDuration = Meter.CreateHistogram(
        "workflow.step.duration", "s", "Time to run a step to its next wait state (before its commit).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    private static readonly Counter<long> Activations = Meter.CreateCounter<long>(
        "workflow.element.activations", "{activation}", "Element activations by process and element type.");

    private static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "workflow.element.failures", "{failure}", "Element activations that failed (an incident, or a rolled-back job attempt).");

    private static readonly Counter<double> WriterBusyTime = Meter.CreateCounter<double>(
        "workflow.writer.busy", "s",
        "Time SQLite's one writer was held by steps or committing their group; its rate is the writer's utilisation (near 1: steps queue for it).");

    internal static void WriterBusy(TimeSpan elapsed) => WriterBusyTime.Add(elapsed.TotalSeconds);

    internal static Activity? StartStep(string processKey, Guid instanceId)
    {
        var activity = Source.StartActivity($"step {processKey}");
        activity?.SetTag(ProcessKeyTag, processKey);
        activity?.SetTag(InstanceIdTag, instanceId.ToString("D"));
        return activity;
    }

    internal static void StepEnded(string processKey, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>(ProcessKeyTag, processKey);
        Steps.Add(1, tag);
        StepDuration.Record(elapsed.TotalSeconds, tag);
    }

    internal static Activity? StartActivation(string processKey, FlowNode node, Guid instanceId)
    {
        Activations.Add(1, new KeyValuePair<string, object?>(ProcessKeyTag, processKey), new KeyValuePair<string, object?>(ElementTypeTag, node.ElementType));
        var activity = Source.StartActivity($"activate {node.ElementType}");
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(ProcessKeyTag, processKey);
            activity.SetTag(ElementIdTag, node.Id);
            activity.SetTag(ElementTypeTag, node.ElementType);
            activity.SetTag(InstanceIdTag, instanceId.ToString("D"));
        }

        return activity;
    }

    /// <summary>Marks the span failed with the exception's type only: engine messages quote expressions and values.</summary>
    internal static void Failed(Activity? activity, string processKey, FlowNode? node, Exception error)
    {
        if (node is not null)
        {
            Failures.Add(1, new KeyValuePair<string, object?>(ProcessKeyTag, processKey), new KeyValuePair<string, object?>(ElementTypeTag, node.ElementType));
        }

        activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        activity?.SetTag("error.type", error.GetType().FullName);
    }
}
