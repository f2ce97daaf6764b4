using System.Text.Json.Nodes;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Api.Processes;
using SocialInsurance.Api.ServiceTasks;
using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Decisions.Parsing;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Parsing;

namespace SocialInsurance.Processes.Tests.Contract;

/// <summary>
/// The shipped models (<c>workflows-definitions/*.bpmn</c>, read by the engine's parser) against their contracts in
/// <c>src/Api/Processes</c> and the handlers the host registers; and, each with a deliberately broken model, proof
/// that the check fails for the reason it names.
/// </summary>
public sealed class ProcessContractTests(CaseEngineFixture fixture) : IClassFixture<CaseEngineFixture>
{
    private static readonly string Definitions = Path.Combine(AppContext.BaseDirectory, "Definitions");

    [Fact]
    public void Contracts_AgreeWithEveryShippedModel()
    {
        // Given the shipped models, forms and decisions
        var world = World();

        // When
        var problems = ContractCheck.Disagreements(world);

        // Then
        Assert.Equal(3, world.Models.Count);
        Assert.Empty(problems);
    }

    [Fact]
    public void Contracts_NameTheShippedFileOfTheirModel()
    {
        foreach (var contract in CaseProcesses.All)
        {
            // Given / When
            var models = Parse(File.ReadAllText(Path.Combine(Definitions, contract.File)));

            // Then
            Assert.Equal(contract.Key, Assert.Single(models).Key);
        }
    }

    [Fact]
    public void ContractCheck_ReportsTheTopic_WhenAModelCallsATopicWithoutHandler()
    {
        // Given
        var world = World(("camunda:topic=\"application.approve\"", "camunda:topic=\"application.approveTwice\""));

        // When
        var problems = ContractCheck.Disagreements(world);

        // Then
        Assert.Contains("newEnrollment: 'approveApplication' calls topic 'application.approveTwice', which has no registered handler", problems);
    }

    [Fact]
    public void ContractCheck_ReportsTheMessage_WhenAModelWaitsForAMessageNobodySends()
    {
        // Given
        var world = World(("name=\"agreementSigned\"", "name=\"agreementCountersigned\""));

        // When
        var problems = ContractCheck.Disagreements(world);

        // Then
        Assert.Contains("newEnrollment: 'waitForAgreement' waits for message 'agreementCountersigned', which nobody sends (not in the contract)", problems);
        Assert.Contains("newEnrollment: the contract sends message 'agreementSigned', which the model never waits for", problems);
    }

    [Fact]
    public void ContractCheck_ReportsTheMessage_WhenTheContractSendsAMessageNoModelWaitsFor()
    {
        // Given a contract that sends one message more than any model waits for
        var revoked = new MessageBinding("agreementRevoked", typeof(AgreementPollingJob), CaseProcess.Variables.IdNumber);
        var world = World() with
        {
            Contracts = [NewEnrollmentProcess.Contract with { Messages = [.. NewEnrollmentProcess.Contract.Messages, revoked] }, ResumptionProcess.Contract, SuspensionProcess.Contract],
        };

        // When
        var problems = ContractCheck.Disagreements(world);

        // Then
        Assert.Contains("message 'agreementRevoked' is sent (contract) but no model waits for it", problems);
    }

    [Fact]
    public void ContractCheck_ReportsTheVariable_WhenAConditionReadsAVariableNothingWrites()
    {
        // Given
        var world = World((">${valid}<", ">${eligible}<"));

        // When
        var problems = ContractCheck.Disagreements(world);

        // Then
        Assert.Equal(
            ["newEnrollment: 'valid' reads variable 'eligible', which nothing writes (start, task completion, service-task output, message or the model)"],
            problems);
    }

    [Fact]
    public void ContractCheck_ReportsTheVariable_WhenAMappingReadsAVariableNothingWrites()
    {
        // Given
        var world = World(("${reviewRouting.reviewWorkingDays}", "${routing.reviewWorkingDays}"));

        // When
        var problems = ContractCheck.Disagreements(world);

        // Then
        Assert.Equal(
            ["newEnrollment: 'markUnderReview' reads variable 'routing', which nothing writes (start, task completion, service-task output, message or the model)"],
            problems);
    }

    [Fact]
    public void ContractCheck_ReportsTheForm_WhenATaskNamesAFormNotDeployed()
    {
        // Given
        var world = World(("camunda:candidateGroups=\"reviewers-65\" camunda:formKey=\"review-application.form\"",
            "camunda:candidateGroups=\"reviewers-65\" camunda:formKey=\"escalated-review.form\""));

        // When
        var problems = ContractCheck.Disagreements(world);

        // Then
        Assert.Contains("newEnrollment: 'escalateReview' names form 'escalated-review.form', which is not deployed (workflows-definitions/*.form)", problems);
    }

    [Fact]
    public void ContractCheck_ReportsTheHandler_WhenTheContractNamesAnotherHandlerForATopic()
    {
        // Given
        var wrong = NewEnrollmentProcess.Contract with
        {
            Topics = [.. NewEnrollmentProcess.Contract.Topics.Select(t => t.Topic == CaseProcess.Topics.Approve ? t with { HandledBy = typeof(RejectApplication) } : t)],
        };
        var world = World() with { Contracts = [wrong, ResumptionProcess.Contract, SuspensionProcess.Contract] };

        // When
        var problems = ContractCheck.Disagreements(world);

        // Then
        Assert.Equal(["newEnrollment: topic 'application.approve' is handled by ApproveApplication, but the contract says RejectApplication"], problems);
    }

    /// <summary>The shipped definitions, with one text replacement in new-enrollment.bpmn when a test breaks it.</summary>
    private ContractWorld World((string From, string To)? breakNewEnrollment = null)
    {
        var models = new List<ProcessModel>();
        foreach (var file in Directory.EnumerateFiles(Definitions, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var xml = File.ReadAllText(file);
            if (breakNewEnrollment is var (from, to) && Path.GetFileName(file) == NewEnrollmentProcess.Contract.File)
            {
                Assert.Contains(from, xml);
                xml = xml.Replace(from, to, StringComparison.Ordinal);
            }

            models.AddRange(Parse(xml));
        }

        var decisions = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Definitions, "*.dmn"))
        {
            var parsed = new DmnParser().Parse(File.ReadAllText(file));
            Assert.True(parsed.IsValid, string.Join("; ", parsed.Issues));
            foreach (var (id, decision) in parsed.Definitions!.Decisions) decisions[id] = decision;
        }

        var forms = Directory.EnumerateFiles(Definitions, "*.form").ToDictionary(
            file => Path.GetFileName(file), file => (IReadOnlySet<string>)FieldKeys(JsonNode.Parse(File.ReadAllText(file))).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return new ContractWorld(models, CaseProcesses.All, fixture.Engine.Handlers, forms, decisions);
    }

    private static IReadOnlyList<ProcessModel> Parse(string xml)
    {
        var result = new BpmnParser().Parse(xml);
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        return result.Processes;
    }

    /// <summary>The keys of a form-js schema's fields, groups included: what a completion of its task writes.</summary>
    private static IEnumerable<string> FieldKeys(JsonNode? node) =>
        node?["components"] is JsonArray components
            ? components.OfType<JsonObject>().SelectMany(c => (c["key"]?.GetValue<string>() is { } key ? [key] : Array.Empty<string>()).Concat(FieldKeys(c)))
            : [];
}
