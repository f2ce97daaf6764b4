using System.Security.Claims;
using System.Text.Json.Nodes;
using Mediator;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Api.Features.Admin;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Features.Tasks.Case;
using SocialInsurance.Api.Infrastructure.Forms;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// A task with what the reviewer needs to decide: the case (<see cref="CaseView"/>: declaration, person, automatic
/// checks, earlier rounds; null for tasks of processes that are not applications), the instance's variables (raw for
/// administrators; personal values masked for everyone else, see <see cref="PersonalVariables"/>), its journal (system steps attributed to the system, see <see cref="JournalActors"/>), and its form: the version of the task's <c>formKey</c> that was current when the task
/// was created (null when the task names no form or the form is not deployed). Only someone who may work on the task sees it — the variables hold personal data.
/// </summary>
public static class GetTask
{
    public sealed record JournalItem(int Sequence, string ElementId, string ElementType, string Event, string? Actor, DateTimeOffset At, JsonNode? Data)
    {
        /// <summary>The element's name from the diagram, in each language (task detail and instance view; null for unnamed elements).</summary>
        public string? NameZh { get; init; }

        public string? NameEn { get; init; }
    }

    /// <param name="Href">The file, for the case's owner and the reviewers of the case's groups only.</param>
    public sealed record MaterialLink(string MaterialId, string Kind, string KindZh, string KindEn, string FileName, DateTimeOffset AttachedAt, string Href);

    public sealed record TaskDetail(TaskSummary Task, string InstanceStatus, JsonObject Variables, IReadOnlyList<JournalItem> Journal, GetForm.FormView? Form)
    {
        /// <summary>The uploaded materials of the task's case (size and type: <c>GET /api/tasks/{id}/materials</c>).</summary>
        public IReadOnlyList<MaterialLink> Materials { get; init; } = [];

        /// <summary>What the reviewer decides on, named and masked; null when the task belongs to no application.</summary>
        public CaseView? Case { get; init; }
    }

    public sealed record Query(Guid TaskId, Actor Actor) : IQuery<Result<TaskDetail>>;

    public sealed class Handler(IWorkflowQueries queries, FormStore forms, CaseLabels labels, CaseProjection cases, ModelCache models, TimeProvider time) : IQueryHandler<Query, Result<TaskDetail>>
    {
        public async ValueTask<Result<TaskDetail>> Handle(Query query, CancellationToken cancellationToken)
        {
            var task = await queries.TaskAsync(query.TaskId, cancellationToken);
            if (task is null)
            {
                return TaskVisibility.Missing<TaskDetail>(query.TaskId);
            }

            if (!TaskVisibility.Sees(task, query.Actor, time.GetUtcNow()))
            {
                return TaskVisibility.Unseen<TaskDetail>(query.TaskId);
            }

            var instance = await queries.InstanceAsync(task.InstanceId, cancellationToken);
            var journal = await queries.JournalAsync(task.InstanceId, cancellationToken);
            var model = instance is null ? null : await models.GetAsync(instance.DefinitionId, cancellationToken);
            var form = task.FormKey is { } key ? await forms.CurrentAtAsync(key, task.CreatedAt, cancellationToken) : null;
            var found = await labels.CaseOfAsync(task.BusinessKey, cancellationToken);
            var variables = instance?.Variables ?? [];
            var caseView = found is { } c ? await cases.BuildAsync(c.Application, c.Record, variables, cancellationToken) : null;
            return Result<TaskDetail>.Ok(new TaskDetail(
                task.ToSummary() with { Case = found?.Label },
                instance?.Status.ToString() ?? "Unknown",
                PersonalVariables.MaskedFor(variables, query.Actor.IsAdministrator),
                [.. journal.Select(e => Named(ToItem(e), model) with
                {
                    Actor = JournalActors.Attribute(e),
                    Data = PersonalVariables.MaskedFor(e.Data is null ? null : JsonNode.Parse(e.Data), query.Actor.IsAdministrator),
                })],
                form is null ? null : GetForm.FormView.From(form))
            {
                Materials = found is { Application: var application } ? LinksTo(application) : [],
                Case = caseView,
            });
        }

        private static IReadOnlyList<MaterialLink> LinksTo(Application application) =>
        [
            .. application.Materials.Select(m => new MaterialLink(m.FileId, m.Kind.ToString(), m.Kind.NameZh(), m.Kind.NameEn(), m.FileName, m.AttachedAt,
                $"/api/applications/{application.Id:D}/materials/{m.FileId}")),
        ];
    }

    /// <summary>The entry with its element's name in each language; unchanged for unnamed elements.</summary>
    public static JournalItem Named(JournalItem item, Workflows.Model.ProcessModel? model)
    {
        if (ElementNames.Of(model, item.ElementId) is not { } name)
        {
            return item;
        }

        var (zh, en) = ProgressTimeline.Split(name, item.ElementId);
        return item with { NameZh = zh, NameEn = en };
    }

    public static JournalItem ToItem(Workflows.Execution.Journal.JournalEntry e) =>
        new(e.Sequence, e.ElementId, e.ElementType, e.Event, e.Actor, e.At, e.Data is null ? null : JsonNode.Parse(e.Data));

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(id, user.ToActor()), ct), detail => TypedResults.Ok(detail)))
            .WithName("GetTask")
            .WithSummary("A task with the case data, the instance journal and its form schema.")
            .Produces<TaskDetail>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
