using System.Xml.Linq;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>
/// The form a user task shows, reduced to the key of a form deployed here. Camunda 7 writes it several ways; those
/// that point at HTML or at forms inside a Java web application cannot be served by this service, and saying so at
/// deploy beats a task whose form never opens.
/// </summary>
internal static class FormReference
{
    public static readonly string[] Attributes = ["formRef", "formRefBinding", "formRefVersion"];

    private const string DeployedForm = "camunda-forms:deployment:";

    public static string? Read(XElement element, ReaderContext context)
    {
        var formKey = BpmnElement.NullIfBlank(element.Camunda("formKey"));
        var formRef = BpmnElement.NullIfBlank(element.Camunda("formRef"));
        var binding = BpmnElement.NullIfBlank(element.Camunda("formRefBinding"));
        if (formRef is not null && formKey is not null)
        {
            context.Report(element, "ambiguous-form",
                "Expected either camunda:formKey or camunda:formRef, but found both");
            return null;
        }

        if (formRef is null)
        {
            if (binding is not null || element.Camunda("formRefVersion") is not null)
                context.Report(element, "missing-form-ref",
                    "Expected camunda:formRef beside camunda:formRefBinding/formRefVersion, but it is missing");
            return formKey is null ? null : FromKey(element, context, formKey);
        }

        // Forms here are versioned by the date they take effect (a task shows the form in force when it was created),
        // not deployed together with a process, so only Camunda's default binding has a meaning.
        if (binding is not null && binding != "latest")
            context.Report(element, "unsupported-binding",
                $"Expected camunda:formRefBinding=\"latest\" (forms are versioned by the date they take effect, not deployed with the process), but found '{binding}'");
        return formRef;
    }

    private static string? FromKey(XElement element, ReaderContext context, string formKey)
    {
        if (formKey.StartsWith(DeployedForm, StringComparison.Ordinal))
        {
            var key = BpmnElement.NullIfBlank(formKey[DeployedForm.Length..]);
            if (key is null)
                context.Report(element, "unservable-form",
                    $"Expected a form key after '{DeployedForm}', but it is empty");
            return key;
        }

        var why = formKey switch
        {
            _ when formKey.StartsWith("embedded:", StringComparison.Ordinal) =>
                "embedded HTML forms cannot be served here",
            _ when formKey.StartsWith("camunda-forms:app:", StringComparison.Ordinal) || formKey.StartsWith("app:", StringComparison.Ordinal) =>
                "forms inside a Java web application cannot be served here",
            _ => null,
        };
        if (why is null)
            return formKey;
        context.Report(element, "unservable-form",
            $"Expected the key of a deployed form ('{DeployedForm}<key>', a plain key, or camunda:formRef), but found '{formKey}' ({why})");
        return null;
    }
}
