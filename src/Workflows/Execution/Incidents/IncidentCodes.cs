using System.Reflection;

namespace SocialInsurance.Workflows.Execution.Incidents;

/// <summary>
/// Every kind of incident the engine raises. The codes are stable (stored with each incident, switched on by hosts);
/// a host's catalog gives each a text per language with the same arguments (the API's <c>incident.*</c> catalog entries,
/// held to this list by a test). Element ids are not arguments: the incident names its element already.
/// </summary>
public static class IncidentCodes
{
    // Gateways and flows
    public static readonly IncidentCode NoOutgoingFlow = new("incident.noOutgoingFlow");
    public static readonly IncidentCode LinkTargetMissing = new("incident.linkTargetMissing", "link");
    public static readonly IncidentCode LoopGuard = new("incident.loopGuard", "limit");

    // Service tasks and jobs
    public static readonly IncidentCode HandlerMissing = new("incident.handlerMissing", "topic");
    public static readonly IncidentCode JobFailed = new("incident.jobFailed", "attempts", IncidentCode.Detail);
    public static readonly IncidentCode ElementFailed = new("incident.elementFailed", "exception", IncidentCode.Detail);
    public static readonly IncidentCode ErrorNotCaught = new("incident.errorNotCaught", "error", IncidentCode.Detail);

    // Scripts and expressions
    public static readonly IncidentCode ScriptFailed = new("incident.scriptFailed", IncidentCode.Detail);
    public static readonly IncidentCode ScriptSyntax = new("incident.scriptSyntax", IncidentCode.Detail);
    public static readonly IncidentCode ExpressionFailed = new("incident.expressionFailed", "expression", IncidentCode.Detail);
    public static readonly IncidentCode ExpressionSyntax = new("incident.expressionSyntax", "expression", IncidentCode.Detail);
    public static readonly IncidentCode TimeLimit = new("incident.timeLimit", "limit");
    public static readonly IncidentCode MemoryLimit = new("incident.memoryLimit", "limit");
    public static readonly IncidentCode StatementLimit = new("incident.statementLimit", "limit");
    public static readonly IncidentCode RecursionLimit = new("incident.recursionLimit", "limit");

    // Multi-instance activities
    public static readonly IncidentCode LoopCollectionNotArray = new("incident.loopCollectionNotArray", "collection", "value");
    public static readonly IncidentCode LoopCardinalityInvalid = new("incident.loopCardinalityInvalid", "cardinality", "value");

    // User tasks
    public static readonly IncidentCode PriorityInvalid = new("incident.priorityInvalid", "value");
    public static readonly IncidentCode DueDateInvalid = new("incident.dueDateInvalid", "value");

    // Events and timers
    public static readonly IncidentCode EventDefinitionUnsupported = new("incident.eventDefinitionUnsupported", "definition");
    public static readonly IncidentCode CorrelationKeyEmpty = new("incident.correlationKeyEmpty", "message", "expression");
    public static readonly IncidentCode TimerExpressionEmpty = new("incident.timerExpressionEmpty", "expression");
    public static readonly IncidentCode DateOrDurationInvalid = new("incident.dateOrDurationInvalid", IncidentCode.Detail);

    // Business rule tasks
    public static readonly IncidentCode DecisionMissing = new("incident.decisionMissing", "decision");
    public static readonly IncidentCode DecisionVersionMissing = new("incident.decisionVersionMissing", "decision", "version");
    public static readonly IncidentCode DecisionDeploymentMissing = new("incident.decisionDeploymentMissing", "decision");
    public static readonly IncidentCode DecisionFailed = new("incident.decisionFailed", "decision", IncidentCode.Detail);

    // Call activities
    public static readonly IncidentCode CalledElementEmpty = new("incident.calledElementEmpty", "expression");
    public static readonly IncidentCode CalledProcessMissing = new("incident.calledProcessMissing", "process");
    public static readonly IncidentCode CalledVersionMissing = new("incident.calledVersionMissing", "process", "version");
    public static readonly IncidentCode CalledDeploymentMissing = new("incident.calledDeploymentMissing", "process");
    public static readonly IncidentCode CalledVersionTagMissing = new("incident.calledVersionTagMissing", "process", "versionTag");
    public static readonly IncidentCode CalledProcessNotCompiled = new("incident.calledProcessNotCompiled", "process", "version");
    public static readonly IncidentCode CalledProcessStartsByMessage = new("incident.calledProcessStartsByMessage", "process");

    /// <summary>
    /// The mirror of a called instance's incident on its call activity: the child, its process and the element that
    /// failed there (its id, and its name in the child's diagram when it has one, for a host to show instead).
    /// </summary>
    public static readonly IncidentCode CalledInstanceFailed = new("incident.calledInstanceFailed", "instanceId", "process", "element", "elementName");

    public static IReadOnlyList<IncidentCode> All { get; } =
        [.. typeof(IncidentCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(IncidentCode))
            .Select(f => (IncidentCode)f.GetValue(null)!)];
}
