using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class ActivityBehavior(StepContext step) : IActivityBehavior
{
    public async Task<ActivityResult> ExecuteAsync(IActivityHandler activity, Token token, FlowNode node, JsonObject inputs, JsonObject variables)
    {
        var savepoint = $"task_{token.Id}";
        var transaction = step.Session.Transaction;
        await transaction.SavepointAsync(savepoint, CancellationToken.None);
        ActivityResult result;
        try
        {
            result = await activity.ExecuteAsync(new ActivityContext(
                step.Instance.Id,
                step.Model.Key,
                step.Instance.BusinessKey,
                node.Id,
                inputs,
                variables,
                step.Now,
                transaction,
                step.Services.Scope.Services,
                CancellationToken.None)
            {
                ExecutionSequence = step.Instance.JournalSequence,
            });
        }
        catch
        {
            await transaction.RollbackToSavepointAsync(savepoint, CancellationToken.None);
            throw;
        }

        await transaction.ReleaseSavepointAsync(savepoint, CancellationToken.None);
        return result;
    }
}
