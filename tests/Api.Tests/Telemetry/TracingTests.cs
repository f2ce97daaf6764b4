using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Telemetry;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Workflows.Diagnostics;

namespace SocialInsurance.Api.Tests.Telemetry;

public sealed class TracingTests(TracedApiFactory factory) : IClassFixture<TracedApiFactory>
{
    private const string IdNumber = "650102199003071235";
    private const string Phone = "13912345678";
    private const string Account = "6222021234567890123";

    [Fact]
    public async Task Submission_ProducesOneTrace_FromTheUseCaseThroughTheEnginesSteps()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant2");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(name: "李娜"));
        await Applicant.UploadAllAsync(applicant, id);

        // When
        var response = await applicant.PostAsync($"/api/applications/{id}/submit", null);
        var instanceId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid().ToString("D");

        // Then: the use case's span, inside the HTTP request's trace, holds the engine's step, which holds one span per activation
        var spans = factory.EndedSpans();
        var useCase = spans.Single(s => s.Source.Name == ApiTelemetry.Name && s.DisplayName == "SubmitApplication.Command");
        Assert.NotEqual(default, useCase.ParentSpanId);
        var trace = spans.Where(s => s.TraceId == useCase.TraceId).ToArray();
        var step = trace.Single(s => s.Source.Name == EngineTelemetry.Name && s.DisplayName == "step newEnrollment");
        Assert.Equal(instanceId, step.GetTagItem(EngineTelemetry.InstanceIdTag));
        Assert.True(IsWithin(step, useCase, trace));
        var activations = trace.Where(s => s.Source.Name == EngineTelemetry.Name && s.ParentSpanId == step.SpanId).ToArray();
        Assert.Contains(activations, s => (string?)s.GetTagItem(EngineTelemetry.ElementIdTag) == "reviewApplication");
        Assert.All(activations, s =>
        {
            Assert.Equal("newEnrollment", s.GetTagItem(EngineTelemetry.ProcessKeyTag));
            Assert.Equal(instanceId, s.GetTagItem(EngineTelemetry.InstanceIdTag));
            Assert.NotNull(s.GetTagItem(EngineTelemetry.ElementTypeTag));
        });
        Assert.Contains(trace, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal) && IsWithin(s, useCase, trace));
    }

    [Fact]
    public async Task NewEnrollmentStory_LeavesNoIdNumberPhoneOrAccount_InAnySpanOrLogLine()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");

        // When: the README's walk-through, start to 办结
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(phone: Phone));
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);
        await Applicant.GetAsync(applicant, id);
        await Applicant.ApproveAsync(reviewer, "newEnrollment", id);
        await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "102", accountNumber = Account });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AgreementPollingJob>().RunAsync(CancellationToken.None);
        }

        var completed = await Applicant.GetAsync(applicant, id);
        await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // Then
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        var spans = factory.EndedSpans();
        Assert.Contains(spans, s => s.Source.Name == EngineTelemetry.Name);
        var values = spans.SelectMany(s => s.TagObjects.Select(t => $"{s.DisplayName} {t.Key}={t.Value}").Append(s.DisplayName).Append(s.StatusDescription ?? "")).ToArray();
        var lines = factory.LogLines.ToArray();
        Assert.NotEmpty(lines);
        foreach (var secret in new[] { IdNumber, Phone, Account })
        {
            Assert.DoesNotContain(values, v => v.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static bool IsWithin(Activity span, Activity ancestor, IReadOnlyCollection<Activity> trace)
    {
        for (var current = span; current is not null; current = trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
