using Mediator;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Admin;

public static class ListInstances
{
    /// <summary>An element holding a token now, with its name from the instance's own version of the diagram.</summary>
    public sealed record ElementRef(string Id, string? Name);

    public sealed record InstanceSummary(Guid Id, string ProcessKey, int ProcessVersion, string? BusinessKey, string State, int OpenIncidents, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? StartedBy)
    {
        /// <summary>Where the instance stands: one entry per element with a token (waiting, scheduled, failed).</summary>
        public IReadOnlyList<ElementRef> CurrentElements { get; init; } = [];

        /// <summary>The applicant's case number (<c>XJ-yyyyMMdd-nnnnnn</c>) when the business key is an application id.</summary>
        public string? CaseNumber { get; init; }
    }

    public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int Total, int Page, int PageSize);

    public sealed record Query(InstanceStatus? State, string? ProcessKey, string? BusinessKey, bool WithIncidents, int Page, int PageSize) : IQuery<InstancePage>
    {
        /// <summary>A case number, ID number or part of a name (<see cref="Search.CaseSearch"/>); only from a request body.</summary>
        public string? Text { get; init; }
    }

    public sealed class Handler(IWorkflowQueries queries, ModelCache models, ApplicantDatabase applicants, Search.CaseSearch search) : IQueryHandler<Query, InstancePage>
    {
        public async ValueTask<InstancePage> Handle(Query query, CancellationToken cancellationToken)
        {
            var businessKeys = string.IsNullOrWhiteSpace(query.Text) ? null : await search.BusinessKeysAsync(query.Text, cancellationToken);
            string? businessKey = null;
            if (query.BusinessKey is { } text)
            {
                businessKey = await CaseNumbers.BusinessKeyForAsync(applicants, text, cancellationToken);
                if (businessKey is null)
                {
                    return new InstancePage([], 0, query.Page, query.PageSize);
                }
            }

            var page = await queries.InstancesAsync(
                new InstanceQuery
                {
                    Status = query.State,
                    ProcessKey = query.ProcessKey,
                    BusinessKey = businessKey,
                    BusinessKeys = businessKeys,
                    WithOpenIncidents = query.WithIncidents,
                    Page = query.Page,
                    PageSize = query.PageSize,
                },
                cancellationToken);
            var caseNumbers = await CaseNumbers.ForBusinessKeysAsync(applicants, page.Items.Select(i => i.BusinessKey), cancellationToken);
            var items = new List<InstanceSummary>(page.Items.Count);
            foreach (var instance in page.Items)
            {
                items.Add(ToSummary(instance) with
                {
                    CurrentElements = await CurrentElementsAsync(models, instance, cancellationToken),
                    CaseNumber = instance.BusinessKey is { } key ? caseNumbers.GetValueOrDefault(key) : null,
                });
            }

            return new InstancePage(items, page.Total, page.PageNumber, page.PageSize);
        }
    }

    public static InstanceSummary ToSummary(ProcessInstance i) =>
        new(i.Id, i.ProcessKey, i.ProcessVersion, i.BusinessKey, i.Status.ToString(), i.OpenIncidents, i.StartedAt, i.EndedAt, i.StartedBy)
        {
            CurrentElements = [.. i.Tokens.Select(t => t.ElementId).Distinct(StringComparer.Ordinal).Select(id => new ElementRef(id, null))],
        };

    /// <summary>Names come from the compiled model, which the engine caches per version: no XML is parsed per row.</summary>
    private static async Task<IReadOnlyList<ElementRef>> CurrentElementsAsync(ModelCache models, ProcessInstance instance, CancellationToken ct)
    {
        if (instance.Tokens.Count == 0)
        {
            return [];
        }

        var model = await models.GetAsync(instance.DefinitionId, ct);
        return
        [
            .. instance.Tokens.Select(t => t.ElementId).Distinct(StringComparer.Ordinal)
                .Select(id => new ElementRef(id, model is not null && model.TryGetNode(id, out var node) ? node.Name : null)),
        ];
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/instances", async (string? state, string? processKey, string? businessKey, bool? incidents, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
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
                        errors.Add("state", ErrorCodes.InstanceStateInvalid);
                    }
                }

                if (page is < 1 || pageSize is < 1 or > 100)
                {
                    errors.Add("page", ErrorCodes.PagingInvalid);
                }

                var key = string.IsNullOrWhiteSpace(businessKey) ? null : businessKey.Trim();
                return errors.Any
                    ? (IResult)ApiProblems.Validation(errors)
                    : TypedResults.Ok(await mediator.Send(new Query(status, processKey, key, incidents == true, page ?? 1, pageSize ?? 20), ct));
            })
            .WithName("ListInstances")
            .WithSummary("Process instances by state, process key, business key or case number, and open incidents (?incidents=true); newest first.")
            .Produces<InstancePage>()
            .ProducesValidationProblem();
}
