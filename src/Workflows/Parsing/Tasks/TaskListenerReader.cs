using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>
/// <c>camunda:taskListener</c> with an inline JavaScript <c>camunda:script</c>. Java listeners (class, delegate
/// expression, expression) cannot run here, and the update/delete/timeout events follow task changes this engine
/// does not make, so each is refused by name rather than dropped.
/// </summary>
internal static class TaskListenerReader
{
    public static IReadOnlyList<TaskListener> Read(XElement task, ReaderContext context)
    {
        var listeners = new List<TaskListener>();
        foreach (var listener in task.Elements(BpmnNamespaces.Bpmn + "extensionElements").Elements(BpmnNamespaces.Camunda + "taskListener"))
        {
            if (Read(task, listener, context) is { } read)
                listeners.Add(read);
        }

        return listeners;
    }

    private static TaskListener? Read(XElement task, XElement listener, ReaderContext context)
    {
        var name = (string?)listener.Attribute("event");
        TaskEvent? taskEvent = name switch
        {
            "create" => TaskEvent.Create,
            "assignment" => TaskEvent.Assignment,
            "complete" => TaskEvent.Complete,
            _ => null,
        };
        if (taskEvent is null)
        {
            Refuse(task, context, $"Expected a task listener on create, assignment or complete, but found event '{name}'");
            return null;
        }

        if (new[] { "class", "delegateExpression", "expression" }.FirstOrDefault(a => listener.Attribute(a) is not null) is { } java)
        {
            Refuse(task, context, $"Expected a task listener with a JavaScript camunda:script, but found {java}=\"{(string?)listener.Attribute(java)}\" (Java listeners cannot run here)");
            return null;
        }

        var script = listener.Element(BpmnNamespaces.Camunda + "script");
        var format = (string?)script?.Attribute("scriptFormat");
        if (script is null || !JavaScriptSyntax.IsJavaScript(format) || script.Attribute("resource") is not null)
        {
            Refuse(task, context, script is null
                ? "Expected a camunda:script in the task listener, but found none"
                : script.Attribute("resource") is not null
                    ? "Expected an inline script in the task listener, but found an external resource"
                    : $"Expected scriptFormat=\"javascript\" on the task listener's script, but found '{format}'");
            return null;
        }

        var source = script.Value;
        if (JavaScriptSyntax.ScriptError(source) is { } error)
        {
            context.Report(task, "invalid-script", $"Expected the {name} listener's script to be JavaScript, but {error}");
            return null;
        }

        return new TaskListener(taskEvent.Value, source);
    }

    private static void Refuse(XElement task, ReaderContext context, string message) =>
        context.Report(task, "unsupported-listener", message);
}
