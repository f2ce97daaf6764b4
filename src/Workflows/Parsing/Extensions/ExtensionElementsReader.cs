using System.Xml.Linq;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Parsing.Extensions;

/// <summary>
/// Reads <c>camunda:inputOutput</c>, <c>camunda:properties</c> and <c>camunda:failedJobRetryTimeCycle</c>; every
/// other camunda element (listeners, form data, fields, connectors) changes behaviour and is rejected. Elements of
/// unknown namespaces are modeler metadata (Signavio, bpmn.io colours) and are ignored.
/// </summary>
internal static class ExtensionElementsReader
{
    private static readonly XNamespace Camunda = BpmnNamespaces.Camunda;

    public static ExtensionValues Read(XElement owner, ReaderContext context, ExtensionSupport support = ExtensionSupport.None)
    {
        var inputs = new List<IoParameter>();
        var outputs = new List<IoParameter>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        string? retryTimeCycle = null;

        foreach (var extension in owner.Elements(BpmnNamespaces.Bpmn + "extensionElements").Elements())
        {
            if (extension.Name == Camunda + "inputOutput")
                ReadInputOutput(owner, extension, context, support, inputs, outputs);
            else if (extension.Name == Camunda + "properties")
                ReadProperties(extension, properties);
            else if (extension.Name == Camunda + "failedJobRetryTimeCycle")
                retryTimeCycle = extension.Value.Trim();
            else if (extension.Name == Camunda + "taskListener" && support.HasFlag(ExtensionSupport.TaskListeners))
                continue;
            else if (support.HasFlag(ExtensionSupport.CallVariables) && extension.Name.LocalName is "in" or "out"
                     && extension.Name.Namespace == Camunda)
                continue;
            else if (extension.Name.Namespace == Camunda)
                context.Report(owner, "unsupported-extension",
                    $"Expected only supported extensions, but found {owner.Display(extension.Name)}, which changes behaviour this engine does not implement");
            else if (BpmnNamespaces.IsOtherEngine(extension.Name.Namespace))
                context.Report(owner, "unsupported-extension",
                    $"Expected camunda extensions, but found {owner.Display(extension.Name)} of {extension.Name.NamespaceName}, another engine's extension");
        }

        return new ExtensionValues(inputs, outputs, properties, retryTimeCycle);
    }

    /// <summary>Properties other than the ones the engine reads are annotations and carry no behaviour.</summary>
    private static void ReadProperties(XElement extension, Dictionary<string, string> properties)
    {
        foreach (var property in extension.Elements(Camunda + "property"))
            if ((string?)property.Attribute("name") is { } name)
                properties.TryAdd(name, (string?)property.Attribute("value") ?? "");
    }

    private static void ReadInputOutput(
        XElement owner, XElement inputOutput, ReaderContext context, ExtensionSupport support,
        List<IoParameter> inputs, List<IoParameter> outputs)
    {
        foreach (var parameter in inputOutput.Elements())
        {
            var (target, supported) = parameter.Name.LocalName switch
            {
                "inputParameter" => (inputs, support.HasFlag(ExtensionSupport.InputParameters)),
                "outputParameter" => (outputs, support.HasFlag(ExtensionSupport.OutputParameters)),
                _ => (null, false),
            };
            if (target is null || !supported || parameter.Name.Namespace != Camunda)
            {
                context.Report(owner, "unsupported-extension",
                    $"Expected no {owner.Display(parameter.Name)} on {BpmnElement.WithArticle(owner.Name.LocalName)}, but found one");
                continue;
            }

            var name = BpmnElement.NullIfBlank((string?)parameter.Attribute("name"));
            if (name is null)
            {
                context.Report(owner, "invalid-io-parameter",
                    $"Expected a name on {owner.Display(parameter.Name)}, but it has none");
                continue;
            }

            var (read, problem) = IoValueReader.Read(name, parameter);
            if (read is null)
                context.Report(owner, "invalid-io-parameter", problem!);
            else
                target.Add(read);
        }
    }
}
