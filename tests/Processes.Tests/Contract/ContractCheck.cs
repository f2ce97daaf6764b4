using SocialInsurance.Api.Processes;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Processes.Tests.Contract;

/// <summary>
/// Every disagreement between the models and their contracts, each as one sentence naming the model element or the
/// contract entry: an empty list is agreement.
/// </summary>
internal static class ContractCheck
{
    public static IReadOnlyList<string> Disagreements(ContractWorld world)
    {
        var problems = new List<string>();
        var handlers = world.Handlers.ToDictionary(h => h.Descriptor.Topic, StringComparer.Ordinal);
        foreach (var model in world.Models)
        {
            if (world.Contracts.FirstOrDefault(c => c.Key == model.Key) is not { } contract)
            {
                problems.Add($"process '{model.Key}' has no contract in src/Api/Processes");
                continue;
            }

            problems.AddRange(Topics(model, contract, handlers));
            problems.AddRange(Events(model, contract));
            problems.AddRange(Variables(model, contract, handlers, world));
            problems.AddRange(Forms(model, contract, world.DeployedForms));
            problems.AddRange(contract.Elements.Where(id => !model.TryGetNode(id, out _))
                .Select(id => $"{model.Key}: the contract names element '{id}', which the model does not have"));
        }

        problems.AddRange(world.Contracts.Where(c => world.Models.All(m => m.Key != c.Key))
            .Select(c => $"contract '{c.Key}' has no model ({c.File})"));
        var waitedFor = world.Models.SelectMany(WaitedFor).Select(w => w.Message).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(world.Contracts.SelectMany(c => c.Messages).Select(m => m.Name).Distinct()
            .Where(name => !waitedFor.Contains(name))
            .Select(name => $"message '{name}' is sent (contract) but no model waits for it"));
        return problems;
    }

    private static IEnumerable<string> Topics(ProcessModel model, ProcessContract contract, Dictionary<string, IActivityHandler> handlers)
    {
        foreach (var (elementId, topic) in TopicsOf(model))
        {
            if (!handlers.ContainsKey(topic))
                yield return $"{model.Key}: '{elementId}' calls topic '{topic}', which has no registered handler";
            if (contract.Topics.All(t => t.Topic != topic))
                yield return $"{model.Key}: '{elementId}' calls topic '{topic}', which its contract does not list";
        }

        foreach (var binding in contract.Topics)
        {
            if (handlers.TryGetValue(binding.Topic, out var handler) && handler.GetType() != binding.HandledBy)
                yield return $"{model.Key}: topic '{binding.Topic}' is handled by {handler.GetType().Name}, but the contract says {binding.HandledBy.Name}";
            if (!TopicsOf(model).Any(t => t.Topic == binding.Topic))
                yield return $"{model.Key}: the contract lists topic '{binding.Topic}', which the model never calls";
        }
    }

    private static IEnumerable<string> Events(ProcessModel model, ProcessContract contract)
    {
        foreach (var (elementId, message) in WaitedFor(model).Where(w => contract.Messages.All(m => m.Name != w.Message)))
            yield return $"{model.Key}: '{elementId}' waits for message '{message}', which nobody sends (not in the contract)";
        foreach (var binding in contract.Messages.Where(m => WaitedFor(model).All(w => w.Message != m.Name)))
            yield return $"{model.Key}: the contract sends message '{binding.Name}', which the model never waits for";
        foreach (var (elementId, signal) in Definitions(model).Where(d => d.Definition is SignalDefinition).Select(d => (d.ElementId, ((SignalDefinition)d.Definition).SignalName)))
        {
            if (!contract.Signals.Contains(signal)) yield return $"{model.Key}: '{elementId}' uses signal '{signal}', which the contract does not list";
        }

        foreach (var (elementId, code) in Definitions(model).Where(d => d.Definition is ErrorDefinition).Select(d => (d.ElementId, ((ErrorDefinition)d.Definition).ErrorCode ?? "")))
        {
            if (!contract.ErrorCodes.Contains(code)) yield return $"{model.Key}: '{elementId}' uses error '{code}', which the contract does not list";
        }
    }

    private static IEnumerable<string> Variables(ProcessModel model, ProcessContract contract, Dictionary<string, IActivityHandler> handlers, ContractWorld world)
    {
        var written = new HashSet<string>(ModelReads.Writes(model), StringComparer.Ordinal);
        written.UnionWith(contract.Variables.Where(v => v.Source is VariableSource.Start or VariableSource.TaskCompletion or VariableSource.Message).Select(v => v.Name));
        foreach (var (_, topic, outputs) in TopicTasks(model))
        {
            written.UnionWith(outputs.Count > 0 ? outputs : handlers.TryGetValue(topic, out var h) ? h.Descriptor.Outputs.Select(o => o.Name) : []);
        }

        foreach (var (elementId, variable) in ModelReads.Reads(model, world.Decisions).Distinct().Where(r => !written.Contains(r.Variable)))
            yield return $"{model.Key}: '{elementId}' reads variable '{variable}', which nothing writes (start, task completion, service-task output, message or the model)";

        foreach (var variable in contract.Variables.Where(v => v.Source == VariableSource.ServiceTask))
        {
            var writer = world.Handlers.FirstOrDefault(h => h.GetType() == variable.WrittenBy);
            if (writer is null || writer.Descriptor.Outputs.All(o => o.Name != variable.Name))
                yield return $"{model.Key}: the contract says {variable.WrittenBy.Name} writes '{variable.Name}', but it declares no such output";
        }
    }

    private static IEnumerable<string> Forms(ProcessModel model, ProcessContract contract, IReadOnlyDictionary<string, IReadOnlySet<string>> deployed)
    {
        foreach (var task in model.Nodes.OfType<UserTask>().Where(t => t.FormKey is not null))
        {
            if (!deployed.ContainsKey(task.FormKey!))
                yield return $"{model.Key}: '{task.Id}' names form '{task.FormKey}', which is not deployed (workflows-definitions/*.form)";
            if (!contract.FormKeys.Contains(task.FormKey!))
                yield return $"{model.Key}: '{task.Id}' names form '{task.FormKey}', which its contract does not list";
        }

        var fields = contract.FormKeys.SelectMany(key => deployed.GetValueOrDefault(key) ?? new HashSet<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var variable in contract.Variables.Where(v => v.Source == VariableSource.TaskCompletion && !v.Optional && !fields.Contains(v.Name)))
            yield return $"{model.Key}: the contract says a task completion writes '{variable.Name}', but no form of the contract has that field";
    }

    private static IEnumerable<(string ElementId, string Topic, IReadOnlyList<string> Outputs)> TopicTasks(ProcessModel model)
    {
        foreach (var node in model.Nodes)
        {
            var topic = node switch
            {
                ITopicTask t => t,
                IntermediateThrowEvent { Implementation: { } i } => i,
                EndEvent { Implementation: { } i } => i,
                _ => null,
            };
            if (topic is not null) yield return (node.Id, topic.Topic, [.. topic.Outputs.Select(o => o.Name)]);
        }
    }

    private static IEnumerable<(string ElementId, string Topic)> TopicsOf(ProcessModel model) =>
        TopicTasks(model).Select(t => (t.ElementId, t.Topic));

    private static IEnumerable<(string ElementId, string Message)> WaitedFor(ProcessModel model) =>
        Definitions(model).Where(d => d.Definition is MessageDefinition).Select(d => (d.ElementId, ((MessageDefinition)d.Definition).MessageName))
            .Concat(model.Nodes.OfType<ReceiveTask>().Select(r => (r.Id, r.Message.MessageName)));

    private static IEnumerable<(string ElementId, EventDefinition Definition)> Definitions(ProcessModel model)
    {
        foreach (var node in model.Nodes)
        {
            EventDefinition?[] definitions = node switch
            {
                IntermediateCatchEvent c => [c.Definition],
                BoundaryEvent b => [b.Definition],
                StartEvent s => [s.Definition],
                EventSubProcess e => [e.Trigger],
                EndEvent end => [end.Error, end.Signal],
                IntermediateThrowEvent t => [t.Signal],
                _ => [],
            };
            foreach (var definition in definitions.OfType<EventDefinition>()) yield return (node.Id, definition);
        }
    }
}
