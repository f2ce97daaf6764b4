using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Decisions.Parsing;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Execution.Elements.Tasks;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.InstanceMigration;
using SocialInsurance.Workflows.Parsing;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Persistence.Decisions;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Scheduling;
using SocialInsurance.Workflows.Scheduling.Jobs;

namespace SocialInsurance.Workflows.Hosting;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// The only place that wires the engine. Hangfire itself (storage and server) is the host's business; the engine
    /// only needs an <c>IBackgroundJobClient</c>, or another <see cref="IWorkflowJobScheduler"/> registered before this.
    /// </summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services, Action<WorkflowOptions>? configure = null)
    {
        var options = new WorkflowOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<StoreDataSource>();
        services.AddSingleton<StepAdmission>();
        services.TryAddSingleton<IWriteAheadLogSync, WriteAheadLogSync>();
        services.AddSingleton<GroupCommit>();
        services.AddSingleton<SqliteCheckpointer>();
        services.AddPooledDbContextFactory<WorkflowDbContext>((provider, db) => WorkflowDatabase.Configure(db, options, provider.GetRequiredService<StoreDataSource>()));

        services.AddSingleton<IWorkflowStore, WorkflowStore>();
        services.AddSingleton<IDefinitionRepository, DefinitionRepository>();
        services.AddSingleton<IWorkflowQueries, WorkflowQueries>();
        services.AddSingleton(new BpmnParser());
        services.AddSingleton<ModelCache>();
        services.AddSingleton<ActivityRegistry>();
        services.AddSingleton<DeploymentService>();
        services.AddSingleton<TimerStartSchedule>();
        services.AddSingleton<ServiceTaskHandler>();
        services.AddSingleton<BusinessRuleTaskHandler>();
        services.AddSingleton<CallActivityHandler>();
        services.AddSingleton<IDecisionRepository, DecisionRepository>();
        services.AddSingleton(new DmnParser());
        services.AddSingleton<DecisionCache>();
        services.AddSingleton<DecisionService>();
        services.AddSingleton<DecisionDeploymentService>();
        services.AddSingleton<ElementHandlerRegistry>();
        services.AddSingleton<IExpressionEvaluator>(new JintExpressionEvaluator(options.Expressions));
        services.AddSingleton<StepRunner>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<WorkflowDatabase>();
        services.TryAddSingleton<IWorkflowJobScheduler, HangfireJobScheduler>();
        services.AddTransient<BookmarkJob>();
        services.AddTransient<OverdueBookmarkSweep>();
        services.AddTransient<UpcomingTimerHandOver>();
        services.AddSingleton<IMigrationStore, MigrationStore>();
        services.AddSingleton<MigrationService>();
        services.AddSingleton<InstanceMigrator>();
        services.AddSingleton<MigrationBatchRunner>();
        return services;
    }

    /// <summary>Registers an activity handler for its topic (one handler per topic).</summary>
    public static IServiceCollection AddActivity<THandler>(this IServiceCollection services)
        where THandler : class, IActivityHandler =>
        services.AddSingleton<IActivityHandler, THandler>();
}
