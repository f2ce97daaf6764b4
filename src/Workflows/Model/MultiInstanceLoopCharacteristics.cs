namespace SocialInsurance.Workflows.Model;

/// <summary>
/// <c>multiInstanceLoopCharacteristics</c> on an activity, as Camunda 7 reads it: the activity runs once per item of
/// <see cref="Collection"/> (each instance sees its item as <see cref="ElementVariable"/>) or
/// <see cref="Cardinality"/> times, all at once or one after another, until all have completed or
/// <see cref="CompletionCondition"/> holds. Expressions are evaluated when the activity is entered.
/// </summary>
public sealed record MultiInstanceLoopCharacteristics
{
    public bool IsSequential { get; init; }

    /// <summary><c>loopCardinality</c>: a number or an expression yielding one.</summary>
    public string? Cardinality { get; init; }

    /// <summary><c>camunda:collection</c>: a variable name or an expression yielding an array.</summary>
    public string? Collection { get; init; }

    /// <summary><c>camunda:elementVariable</c>: the instance-local variable holding the instance's item.</summary>
    public string? ElementVariable { get; init; }

    public string? CompletionCondition { get; init; }
}
