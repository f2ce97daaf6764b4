using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Workflows.Tests.Parsing;

public sealed class JuelConditionsTests
{
    [Theory]
    [InlineData("${approved}", "${approved}")]
    [InlineData("#{approved}", "${approved}")]
    [InlineData("${not approved}", "${ !  approved}")]
    [InlineData("${amount gt 1000}", "${amount  >  1000}")]
    [InlineData("${a == 'x' && b}", "${a == 'x' && b}")]
    [InlineData("${a eq 'and' or b le 2}", "${a  ==  'and'  ||  b  <=  2}")]
    [InlineData("${continue == true}", "${execution.getVariable('continue') == true}")]
    [InlineData("${form.not}", "${form.not}")]
    public void ToJavaScript_RewritesTheJuelSubset(string juel, string expected)
    {
        // Given / When
        var javaScript = JuelConditions.ToJavaScript(juel);

        // Then
        Assert.Equal(expected, javaScript);
    }

    [Theory]
    [InlineData("${empty list}")]
    [InlineData("${name == 'unterminated}")]
    [InlineData("approved")]
    public void ToJavaScript_ReturnsNull_OutsideTheSubset(string juel)
    {
        // Given / When / Then
        Assert.Null(JuelConditions.ToJavaScript(juel));
    }

    [Theory]
    [InlineData("${empty list}")]
    [InlineData("${amount gt}")]
    public void Parser_StillRejects_JuelOutsideTheSubset(string condition)
    {
        // Given
        var xml = Bpmn.Process(
            """<bpmn:startEvent id="start" /><bpmn:exclusiveGateway id="gw" default="no" /><bpmn:endEvent id="a" /><bpmn:endEvent id="b" />""" +
            Bpmn.Flow("f", "start", "gw") + Bpmn.Flow("yes", "gw", "a", condition) + Bpmn.Flow("no", "gw", "b"));

        // When
        var result = new BpmnParser().Parse(xml);

        // Then
        Assert.False(result.IsValid);
    }
}
