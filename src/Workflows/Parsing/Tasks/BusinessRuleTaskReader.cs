using System.Globalization;
using System.Xml.Linq;
using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Decisions.Evaluation;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>
/// DMN business rule tasks only (<c>camunda:decisionRef</c>); the Java and external-task implementations Camunda 7
/// also allows are refused by the attribute check. Attribute values are parsed here; what they must be together is
/// <c>BusinessRuleTaskRules</c>'.
/// </summary>
internal sealed class BusinessRuleTaskReader : IElementReader
{
    public string ElementName => "businessRuleTask";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context,
            [.. CamundaAttributes.Async, "decisionRef", "decisionRefBinding", "decisionRefVersion", "resultVariable", "mapDecisionResult"]);
        ChildElements.Check(element, context);
        var extensions = ExtensionElementsReader.Read(element, context);

        var bindingText = element.Camunda("decisionRefBinding");
        DecisionBinding? binding = bindingText switch
        {
            null or "latest" => DecisionBinding.Latest,
            "deployment" => DecisionBinding.Deployment,
            "version" => DecisionBinding.Version,
            _ => null,
        };
        if (binding is null)
            context.Report(element, "unsupported-binding",
                $"Expected camunda:decisionRefBinding latest, deployment or version, but found '{bindingText}'{(bindingText == "versionTag" ? " (version tags are not kept for decisions)" : "")}");

        var versionText = element.Camunda("decisionRefVersion");
        int? version = int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (versionText is not null && version is null)
            context.Report(element, "invalid-decision-version",
                $"Expected camunda:decisionRefVersion to be a version number, but found '{versionText}' (expressions are not supported)");

        var mappingText = element.Camunda("mapDecisionResult");
        var mapping = DecisionResultMappings.Parse(mappingText);
        if (mapping is null)
            context.Report(element, "unknown-result-mapping",
                $"Expected camunda:mapDecisionResult singleEntry, singleResult, collectEntries or resultList, but found '{mappingText}'");

        context.Nodes.Add(new BusinessRuleTask
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            DecisionRef = element.Camunda("decisionRef") ?? "",
            Binding = binding ?? DecisionBinding.Latest,
            Version = version,
            ResultVariable = element.Camunda("resultVariable"),
            MapDecisionResult = mapping ?? DecisionResultMapping.ResultList,
        });
    }
}
