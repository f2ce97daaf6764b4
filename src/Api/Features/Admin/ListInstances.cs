using Mediator;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

public static class ListInstances
{
    public sealed record InstanceSummary(Guid Id, string ProcessKey, int ProcessVersion, string? BusinessKey, string State, int OpenIncidents, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? StartedBy);

    public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int Total, int Page, int PageSize);

    public sealed record Query(InstanceStatus? State, string? ProcessKey, int Page, int PageSize) : IQuery<InstancePage>;

    public sealed class Handler(IWorkflowQueries queries) : IQueryHandler<Query, InstancePage>
    {
        public async ValueTask<InstancePage> Handle(Query query, CancellationToken cancellationToken)
        {
            var page = await queries.InstancesAsync(query.State, query.ProcessKey, query.Page, query.PageSize, cancellationToken);
            return new InstancePage([.. page.Items.Select(ToSummary)], page.Total, page.PageNumber, page.PageSize);
        }
    }

    public static InstanceSummary ToSummary(ProcessInstance i) =>
        new(i.Id, i.ProcessKey, i.ProcessVersion, i.BusinessKey, i.Status.ToString(), i.OpenIncidents, i.StartedAt, i.EndedAt, i.StartedBy);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/instances", async (string? state, string? processKey, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                InstanceStatus? status = null;
                if (state is not null)
                {
                    if (Enum.TryParse<InstanceStatus>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
                    {
                        status = parsed;
                    }
                    else
                    {
                        errors.Add("state", "状态须为 Active、Completed、Terminated 或 Cancelled", "State must be Active, Completed, Terminated or Cancelled");
                    }
                }

                if (page is < 1 || pageSize is < 1 or > 100)
                {
                    errors.Add("page", "页码从 1 开始，每页 1 至 100 条", "Page starts at 1; page size is 1 to 100");
                }

                return errors.Any
                    ? (IResult)ApiProblems.Validation(errors)
                    : TypedResults.Ok(await mediator.Send(new Query(status, processKey, page ?? 1, pageSize ?? 20), ct));
            })
            .WithName("ListInstances")
            .WithSummary("Process instances by state and process key, newest first.")
            .Produces<InstancePage>()
            .ProducesValidationProblem();
}
