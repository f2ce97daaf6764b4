using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Kinds;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Parsing;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Tests.Kinds;

/// <summary>
/// The one list of element kinds is complete: every reader, rules and handler type the engine has is registered
/// there, and every flow node a reader can produce has exactly one handler.
/// </summary>
public class ElementKindsTests
{
    private static readonly Type[] EngineTypes = typeof(BpmnParser).Assembly.GetTypes();

    private static IEnumerable<Type> Concrete<T>() =>
        EngineTypes.Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    [Fact]
    public void ElementKinds_HandleEveryFlowNodeType_ExactlyOnce()
    {
        // Given every concrete flow node type, but the placeholder for an element the parser rejected (never deployed)
        var nodes = Concrete<FlowNode>().Where(t => t != typeof(UnsupportedElement)).ToList();

        // When the kinds' runs are grouped by node type
        var handled = ElementKinds.All.SelectMany(k => k.Runs).GroupBy(r => r.Node)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Handler).Distinct().ToList());

        // Then each node type has one handler, and nothing else is listed as a node
        Assert.Empty(nodes.Where(n => !handled.ContainsKey(n)).Select(n => n.Name));
        Assert.Empty(handled.Where(h => h.Value.Count != 1).Select(h => h.Key.Name));
        Assert.Equal(nodes.OrderBy(n => n.Name), handled.Keys.OrderBy(n => n.Name));
    }

    [Fact]
    public void ElementKinds_ListEveryHandlerType()
    {
        // Given every element handler but the multi-instance body, which wraps the others
        var handlers = Concrete<IElementHandler>().Where(t => t != typeof(MultiInstanceBodyHandler)).OrderBy(t => t.Name);

        // When / Then
        Assert.Equal(handlers, ElementKinds.All.SelectMany(k => k.Runs).Select(r => r.Handler).Distinct().OrderBy(t => t.Name));
    }

    [Fact]
    public void ElementKinds_ListEveryReaderType_AndEachElementNameOnce()
    {
        // Given
        var readers = Concrete<IElementReader>().OrderBy(t => t.Name);

        // When
        var names = ElementKinds.All.Select(k => k.Name).ToList();

        // Then
        Assert.Equal(readers, ElementKinds.All.Select(k => k.Reader.GetType()).Distinct().OrderBy(t => t.Name));
        Assert.Equal(names.Distinct(), names);
    }

    [Fact]
    public void ElementKindsAndSpanningRules_ListEveryRulesType_Once()
    {
        // Given
        var rules = Concrete<IElementRules>().OrderBy(t => t.Name);

        // When
        var listed = ElementKinds.All.SelectMany(k => k.Rules).Select(r => r(null).GetType())
            .Concat(ProcessValidator.SpanningKinds().Select(r => r.GetType())).ToList();

        // Then
        Assert.Equal(rules, listed.OrderBy(t => t.Name));
    }

    [Fact]
    public void ElementKinds_HaveAHandler_WhenTheirReaderProducesFlowNodes()
    {
        // Given / When: the kinds without runs
        var withoutHandler = ElementKinds.All.Where(k => k.Runs.Count == 0).Select(k => k.Name);

        // Then only the sequence flow, which connects nodes and is not one
        Assert.Equal(["sequenceFlow"], withoutHandler);
    }
}
