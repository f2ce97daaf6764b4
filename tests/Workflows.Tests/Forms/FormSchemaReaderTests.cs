using SocialInsurance.Workflows.Forms;

namespace SocialInsurance.Workflows.Tests.Forms;

public sealed class FormSchemaReaderTests
{
    private static IReadOnlyList<FormIssue> Issues(string json) => FormSchemaReader.Read(json).Issues;

    [Fact]
    public void Read_CompilesTheReviewForm()
    {
        // Given the deployed review form
        var json = File.ReadAllText(Path.Combine(RepositoryRoot(), "workflows-definitions", "review-application.form"));

        // When
        var (schema, issues) = FormSchemaReader.Read(json);

        // Then
        Assert.Empty(issues);
        Assert.Equal(["decision", "missingMaterials", "comment"], schema!.Fields.Select(f => f.Key));
        Assert.Single(schema.Field("missingMaterials")!.Hide);
        Assert.NotNull(schema.Field("comment")!.RequiredWhen);
    }

    [Theory]
    [InlineData("not json", "$", "valid JSON")]
    [InlineData("[]", "$", "JSON object")]
    [InlineData("{}", "components", "'components' array")]
    [InlineData("""{"components":[{"type":"textfield","key":""}]}""", "components[0].key", "non-empty key")]
    [InlineData("""{"components":[{"type":"textfield"}]}""", "components[0].key", "non-empty key")]
    [InlineData("""{"components":[{"type":"textfield","key":"a.b"}]}""", "components[0].key", "nested paths")]
    [InlineData("""{"components":[{"type":"slider","key":"a"}]}""", "components[0].type", "\"slider\"")]
    [InlineData("""{"components":[{"type":"dynamiclist","key":"a"}]}""", "components[0].type", "\"dynamiclist\"")]
    [InlineData("""{"components":[{"type":"radio","key":"a"}]}""", "components[0].values", "non-empty 'values'")]
    [InlineData("""{"components":[{"type":"select","key":"a","valuesKey":"opts"}]}""", "components[0].values", "valuesKey")]
    [InlineData("""{"components":[{"type":"radio","key":"a","values":[{"label":"x"}]}]}""", "components[0].values[0]", "'value'")]
    [InlineData("""{"components":[{"type":"radio","key":"a","values":[{"value":"x"},{"value":"x"}]}]}""", "components[0].values[1].value", "distinct")]
    [InlineData("""{"components":[{"type":"textfield","key":"a","conditional":{"hide":"=a + 1 > 2"}}]}""", "components[0].conditional.hide", "FEEL subset")]
    [InlineData("""{"components":[{"type":"textfield","key":"a","conditional":{"hide":"a = 1"}}]}""", "components[0].conditional.hide", "starting with '='")]
    [InlineData("""{"components":[{"type":"textfield","key":"a","validate":{"required":"=count(a) > 1"}}]}""", "components[0].validate.required", "function call")]
    [InlineData("""{"components":[{"type":"textfield","key":"a","validate":{"required":1}}]}""", "components[0].validate.required", "true, false or a FEEL")]
    [InlineData("""{"components":[{"type":"textfield","key":"a","validate":{"minLength":-1}}]}""", "components[0].validate.minLength", "non-negative")]
    [InlineData("""{"components":[{"type":"number","key":"a","validate":{"maxLength":3}}]}""", "components[0].validate.maxLength", "only on text")]
    [InlineData("""{"components":[{"type":"textfield","key":"a","validate":{"min":3}}]}""", "components[0].validate.min", "only on number")]
    [InlineData("""{"components":[{"type":"textfield","key":"a","validate":{"pattern":"("}}]}""", "components[0].validate.pattern", "regular expression")]
    [InlineData("""{"components":[{"type":"textfield","key":"a","validate":{"custom":true}}]}""", "components[0].validate.custom", "supported rule")]
    [InlineData("""{"components":[{"type":"group","path":"x","components":[]}]}""", "components[0].path", "data path")]
    [InlineData("""{"components":[{"type":"group","components":[{"type":"number"}]}]}""", "components[0].components[0].key", "non-empty key")]
    public void Read_RejectsWhatTheServerCannotEnforce(string json, string path, string reason)
    {
        // Given a schema with one problem // When
        var issues = Issues(json);

        // Then it is reported where it is, with why
        var issue = Assert.Single(issues);
        Assert.Equal(path, issue.Path);
        Assert.Contains(reason, issue.En, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(issue.Zh));
    }

    [Fact]
    public void Read_ReportsDuplicateKeys_AndEveryOtherProblem()
    {
        // Given
        var json = """{"components":[{"type":"textfield","key":"a"},{"type":"group","components":[{"type":"textarea","key":"a"}]},{"type":"magic"}]}""";

        // When
        var issues = Issues(json);

        // Then
        Assert.Equal(["components[2].type", "components[1].components[0].key"], issues.Select(i => i.Path));
    }

    [Fact]
    public void Read_AcceptsPresentationComponentsWithoutKeys()
    {
        var (schema, issues) = FormSchemaReader.Read("""{"components":[{"type":"text","text":"# 审核"},{"type":"separator"},{"type":"button","action":"submit"}]}""");
        Assert.Empty(issues);
        Assert.Empty(schema!.Fields);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "workflows-definitions")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Expected the repository root above the test binaries, but found none.");
    }
}
