using System.Globalization;
using System.Xml.Linq;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

internal sealed class UserTaskReader : IElementReader
{
    public string ElementName => "userTask";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context,
            [.. CamundaAttributes.Async, "assignee", "candidateGroups", "candidateUsers", "formKey", "dueDate", "followUpDate", "priority",
             .. FormReference.Attributes]);
        ChildElements.Check(element, context, HumanPerformers.ElementNames);
        var extensions = ExtensionElementsReader.Read(element, context,
            ExtensionSupport.InputParameters | ExtensionSupport.OutputParameters | ExtensionSupport.TaskListeners);
        var performers = HumanPerformers.Read(element, context);
        var priority = element.Camunda("priority");
        if (priority is not null && !ExpressionText.HasPlaceholder(priority)
            && !int.TryParse(priority, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            context.Report(element, "invalid-priority",
                $"Expected camunda:priority to be an integer or a ${{...}} expression, but found '{priority}'");

        context.Nodes.Add(new UserTask
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Assignee = element.Camunda("assignee") ?? performers.Assignee,
            CandidateGroups = [.. Listed(element.Camunda("candidateGroups")), .. performers.Groups],
            CandidateUsers = [.. Listed(element.Camunda("candidateUsers")), .. performers.Users],
            FormKey = FormReference.Read(element, context),
            DueDate = element.Camunda("dueDate"),
            Priority = priority,
            Listeners = TaskListenerReader.Read(element, context),
            LocalInputs = extensions.Inputs,
            FollowUpDate = element.Camunda("followUpDate"),
            Outputs = extensions.Outputs,
        });
    }

    private static IEnumerable<string> Listed(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];
}
