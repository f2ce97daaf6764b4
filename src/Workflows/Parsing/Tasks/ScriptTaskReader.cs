using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing.Tasks;

internal sealed class ScriptTaskReader : IElementReader
{
    public string ElementName => "scriptTask";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, [.. CamundaAttributes.Async, "resultVariable"]);
        ChildElements.Check(element, context, "script");
        var extensions = ExtensionElementsReader.Read(element, context, ExtensionSupport.InputParameters | ExtensionSupport.OutputParameters);

        var format = BpmnElement.NullIfBlank((string?)element.Attribute("scriptFormat"));
        var script = BpmnElement.NullIfBlank(element.Element(BpmnNamespaces.Bpmn + "script")?.Value);
        // scriptFormat is required by BPMN; guessing JavaScript for a missing one could run a Groovy script as JS.
        if (format is null || !JavaScriptSyntax.IsJavaScript(format))
            context.Report(element, "unsupported-script-format", format is null
                ? "Expected scriptFormat=\"javascript\", but scriptFormat is missing"
                : $"Expected scriptFormat=\"javascript\", but found '{format}'");
        if (script is null && element.Camunda("resource") is null)
            context.Report(element, "missing-script", "Expected an inline script, but found none");

        if (format is null || !JavaScriptSyntax.IsJavaScript(format) || script is null)
        {
            context.AddUnsupported(element);
            return;
        }

        context.Nodes.Add(new ScriptTask
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Script = script,
            ResultVariable = element.Camunda("resultVariable"),
            LocalInputs = extensions.Inputs,
            Outputs = extensions.Outputs,
        });
    }
}
