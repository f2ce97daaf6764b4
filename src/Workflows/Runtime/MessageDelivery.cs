using System.Text.Json.Nodes;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>One message of a batch: delivered to every instance waiting for this name and correlation key.</summary>
public sealed record MessageDelivery(string MessageName, string CorrelationKey, JsonObject? Variables);
