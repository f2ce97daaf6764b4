using System.Globalization;
using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>
/// A call activity of a BPMN process (<c>calledElement</c>); CMMN cases (<c>camunda:caseRef</c>), tenants and
/// delegated variable mappings are refused by the attribute and extension checks. What the values must be together is
/// <c>CallActivityRules</c>'.
/// </summary>
internal sealed class CallActivityReader : IElementReader
{
    private static readonly XNamespace Camunda = BpmnNamespaces.Camunda;

    public string ElementName => "callActivity";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context,
            [.. CamundaAttributes.Async, "calledElementBinding", "calledElementVersion", "calledElementVersionTag"]);
        ChildElements.Check(element, context);
        var extensions = ExtensionElementsReader.Read(element, context, ExtensionSupport.CallVariables);

        var bindingText = element.Camunda("calledElementBinding");
        CalledElementBinding? binding = bindingText switch
        {
            null or "latest" => CalledElementBinding.Latest,
            "deployment" => CalledElementBinding.Deployment,
            "version" => CalledElementBinding.Version,
            "versionTag" => CalledElementBinding.VersionTag,
            _ => null,
        };
        if (binding is null)
            context.Report(element, "unsupported-binding",
                $"Expected camunda:calledElementBinding latest, deployment, version or versionTag, but found '{bindingText}'");

        var versionText = element.Camunda("calledElementVersion");
        int? version = int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (versionText is not null && version is null)
            context.Report(element, "invalid-called-version",
                $"Expected camunda:calledElementVersion to be a version number, but found '{versionText}' (expressions are not supported)");

        var inputs = new List<CallVariableMapping>();
        var outputs = new List<CallVariableMapping>();
        string? businessKey = null;
        foreach (var mapping in element.Elements(BpmnNamespaces.Bpmn + "extensionElements").Elements()
                     .Where(e => e.Name == Camunda + "in" || e.Name == Camunda + "out"))
        {
            var isInput = mapping.Name.LocalName == "in";
            if ((string?)mapping.Attribute("businessKey") is { } key && isInput)
            {
                businessKey = key;
                continue;
            }

            if (mapping.Attribute("local") is not null)
                context.Report(element, "unsupported-extension",
                    $"Expected no local attribute on {element.Display(mapping.Name)}, but found one (variables are passed to and from the whole instance)");
            if (mapping.Attribute("variables") is not null)
            {
                (isInput ? inputs : outputs).Add(new CallVariableMapping { All = true });
                continue;
            }

            var item = new CallVariableMapping
            {
                Source = BpmnElement.NullIfBlank((string?)mapping.Attribute("source")),
                SourceExpression = BpmnElement.NullIfBlank((string?)mapping.Attribute("sourceExpression")),
                Target = BpmnElement.NullIfBlank((string?)mapping.Attribute("target")),
            };
            if ((item.Source is null) == (item.SourceExpression is null) || item.Target is null)
                context.Report(element, "invalid-variable-mapping",
                    $"Expected {element.Display(mapping.Name)} to have a target and exactly one of source or sourceExpression, but it does not");
            else
                (isInput ? inputs : outputs).Add(item);
        }

        context.Nodes.Add(new CallActivity
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            CalledElement = BpmnElement.NullIfBlank((string?)element.Attribute("calledElement")) ?? "",
            Binding = binding ?? CalledElementBinding.Latest,
            Version = version,
            VersionTag = element.Camunda("calledElementVersionTag"),
            BusinessKey = businessKey,
            Inputs = inputs,
            Outputs = outputs,
        });
    }
}
