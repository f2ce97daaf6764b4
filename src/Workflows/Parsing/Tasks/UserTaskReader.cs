using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

internal sealed class UserTaskReader : IElementReader
{
    public string ElementName => "userTask";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context,
            [.. CamundaAttributes.Async, "assignee", "candidateGroups", "candidateUsers", "formKey", "dueDate", "followUpDate"]);
        ChildElements.Check(element, context);
        // Inputs are not offered: a user task has no code to hand them to; the form reads instance variables.
        var extensions = ExtensionElementsReader.Read(element, context, ExtensionSupport.OutputParameters);
        context.Nodes.Add(new UserTask
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Assignee = element.Camunda("assignee"),
            CandidateGroups = element.Camunda("candidateGroups"),
            CandidateUsers = element.Camunda("candidateUsers"),
            FormKey = element.Camunda("formKey"),
            DueDate = element.Camunda("dueDate"),
            FollowUpDate = element.Camunda("followUpDate"),
            Outputs = extensions.Outputs,
        });
    }
}
