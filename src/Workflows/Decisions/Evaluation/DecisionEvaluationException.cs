namespace SocialInsurance.Workflows.Decisions.Evaluation;

/// <summary>A decision could not give a result (a hit policy violated, a value of the wrong type); in a process, an incident.</summary>
public sealed class DecisionEvaluationException(string message) : Exception(message);
