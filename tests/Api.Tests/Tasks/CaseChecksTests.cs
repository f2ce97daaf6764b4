using System.Text.Json.Nodes;
using SocialInsurance.Api.Features.Tasks.Case;

namespace SocialInsurance.Api.Tests.Tasks;

public sealed class CaseChecksTests
{
    [Fact]
    public void CaseChecks_DerivesNothingAndSaysSo_WhenTheProcessRecordedNone()
    {
        // Given: an instance started before application.validate wrote its checklist
        var variables = new JsonObject { ["valid"] = true, ["rejectionReasons"] = new JsonArray() };

        // When
        var checks = CaseChecks.From(variables);

        // Then
        Assert.False(checks.Recorded);
        Assert.Empty(checks.Items);
        Assert.Contains("未记录", checks.NoteZh, StringComparison.Ordinal);
        Assert.Contains("did not record", checks.NoteEn, StringComparison.Ordinal);
    }
}
