using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>A send task is read exactly like an external service task (Camunda 7 treats them alike).</summary>
internal sealed class SendTaskReader : IElementReader
{
    public string ElementName => "sendTask";

    public void Read(XElement element, ReaderContext context)
    {
        var task = ServiceTaskReader.ReadTopicTask(element, context);
        context.Nodes.Add(new SendTask
        {
            Id = task.Id,
            Name = task.Name,
            ScopeId = task.ScopeId,
            Async = task.Async,
            Topic = task.Topic,
            Inputs = task.Inputs,
            Outputs = task.Outputs,
        });
    }
}
