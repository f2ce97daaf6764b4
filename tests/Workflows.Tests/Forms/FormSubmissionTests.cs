using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Forms;

namespace SocialInsurance.Workflows.Tests.Forms;

public sealed class FormSubmissionTests
{
    private static readonly FormSchema Review = FormSchemaReader.Read(
        File.ReadAllText(Path.Combine(FormSchemaReaderTests.RepositoryRoot(), "workflows-definitions", "review-application.form"))).Schema!;

    private static FormSubmissionResult Submit(FormSchema schema, string body, JsonObject? variables = null) =>
        FormSubmission.Validate(schema, JsonNode.Parse(body)!.AsObject(), variables);

    private static FormSchema Schema(string components) => FormSchemaReader.Read($$"""{"components":{{components}}}""").Schema!;

    [Fact]
    public void Approve_WithoutComment_IsAccepted()
    {
        var result = Submit(Review, """{"decision":"approve"}""");
        Assert.True(result.IsValid);
        Assert.Equal("""{"decision":"approve"}""", result.Accepted.ToJsonString());
    }

    [Fact]
    public void Reject_WithoutComment_IsRefused_ByTheRequiredExpression()
    {
        var result = Submit(Review, """{"decision":"reject","comment":"  "}""");
        Assert.Equal(["comment"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void MissingDecision_IsRequired()
    {
        var result = Submit(Review, "{}");
        Assert.Contains(result.Errors, e => e.Path == "decision" && e.En.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void Decision_MustBeOneOfTheValues()
    {
        var result = Submit(Review, """{"decision":"maybe","comment":"x"}""");
        Assert.Equal(["decision"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void HiddenField_IsNotValidated_AndNotWritten()
    {
        // Given missingMaterials is hidden unless the decision is supplement
        // When it is sent with an invalid value anyway
        var result = Submit(Review, """{"decision":"reject","comment":"不符合条件","missingMaterials":["Nonsense"]}""");

        // Then
        Assert.True(result.IsValid);
        Assert.False(result.Accepted.ContainsKey("missingMaterials"));
    }

    [Fact]
    public void VisibleChecklist_IsRequired_AndChecked()
    {
        Assert.Equal(["missingMaterials"], Submit(Review, """{"decision":"supplement","comment":"缺材料"}""").Errors.Select(e => e.Path));
        Assert.Equal(["missingMaterials"], Submit(Review, """{"decision":"supplement","comment":"缺材料","missingMaterials":["Passport"]}""").Errors.Select(e => e.Path));
        Assert.Equal(["missingMaterials"], Submit(Review, """{"decision":"supplement","comment":"缺材料","missingMaterials":["IdCardBack","IdCardBack"]}""").Errors.Select(e => e.Path));
        Assert.True(Submit(Review, """{"decision":"supplement","comment":"缺材料","missingMaterials":["IdCardBack"]}""").IsValid);
    }

    [Fact]
    public void UnknownField_IsRejected()
    {
        var result = Submit(Review, """{"decision":"approve","approvedBy":"me"}""");
        Assert.Equal(["approvedBy"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void MaxLength_IsEnforced()
    {
        var result = Submit(Review, $$"""{"decision":"reject","comment":"{{new string('长', 501)}}"}""");
        Assert.Equal(["comment"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void TextRules_MinLength_And_Pattern()
    {
        var schema = Schema("""[{"type":"textfield","key":"code","label":"编码","validate":{"minLength":3,"pattern":"^[A-Z]+$"}}]""");
        Assert.Equal(2, Submit(schema, """{"code":"a"}""").Errors.Count);
        Assert.True(Submit(schema, """{"code":"ABC"}""").IsValid);
        Assert.Equal(["code"], Submit(schema, """{"code":5}""").Errors.Select(e => e.Path));
    }

    [Fact]
    public void NumberRules_Min_And_Max()
    {
        var schema = Schema("""[{"type":"number","key":"base","validate":{"min":100,"max":200,"required":true}}]""");
        Assert.Single(Submit(schema, """{"base":99}""").Errors);
        Assert.Single(Submit(schema, """{"base":201}""").Errors);
        Assert.Single(Submit(schema, """{"base":"150"}""").Errors);
        Assert.True(Submit(schema, """{"base":150.5}""").IsValid);
    }

    [Fact]
    public void RequiredCheckbox_MustBeTicked()
    {
        var schema = Schema("""[{"type":"checkbox","key":"confirmed","validate":{"required":true}}]""");
        Assert.Single(Submit(schema, """{"confirmed":false}""").Errors);
        Assert.Single(Submit(schema, """{"confirmed":"yes"}""").Errors);
        Assert.True(Submit(schema, """{"confirmed":true}""").IsValid);
    }

    [Fact]
    public void Conditions_SeeProcessVariables()
    {
        // Given a field shown only for large amounts, read from the process variables
        var schema = Schema("""[{"type":"textfield","key":"reason","conditional":{"hide":"=amount <= 1000"},"validate":{"required":true}}]""");

        // When // Then
        Assert.True(Submit(schema, "{}", new JsonObject { ["amount"] = 500 }).IsValid);
        Assert.Single(Submit(schema, "{}", new JsonObject { ["amount"] = 5000 }).Errors);
    }

    [Fact]
    public void FieldInHiddenGroup_IsHidden()
    {
        var schema = Schema("""
            [{"type":"checkbox","key":"extra"},
             {"type":"group","conditional":{"hide":"=extra != true"},"components":[{"type":"textfield","key":"detail","validate":{"required":true}}]}]
            """);
        Assert.True(Submit(schema, """{"extra":false}""").IsValid);
        Assert.Equal(["detail"], Submit(schema, """{"extra":true}""").Errors.Select(e => e.Path));
    }

    [Fact]
    public void Hiding_Cascades_ThroughFieldsThatAreHiddenThemselves()
    {
        // Given b shows only when a is set, and c only when b is set
        var schema = Schema("""
            [{"type":"checkbox","key":"a"},
             {"type":"checkbox","key":"b","conditional":{"hide":"=a != true"}},
             {"type":"textfield","key":"c","conditional":{"hide":"=b != true"},"validate":{"required":true}}]
            """);

        // When b is sent although a hides it // Then c is hidden too
        var result = Submit(schema, """{"a":false,"b":true}""");
        Assert.True(result.IsValid);
        Assert.Equal("""{"a":false}""", result.Accepted.ToJsonString());
    }

    [Fact]
    public void DisabledField_CannotBeSubmitted()
    {
        var schema = Schema("""[{"type":"textfield","key":"caseNumber","disabled":true}]""");
        Assert.Equal(["caseNumber"], Submit(schema, """{"caseNumber":"X"}""").Errors.Select(e => e.Path));
    }
}
