using Microsoft.EntityFrameworkCore.Metadata;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// A step's UPDATE names only the columns a loaded row's object can change: SQLite rewrites the entry of every index
/// whose column a SET names, so naming the init-only ones (never changed after the insert) cost index writes per step.
/// </summary>
public sealed class EntityTableTests
{
    [Fact]
    public async Task Update_LeavesOutTheInitOnlyColumns_OfInstancesTasksAndBookmarks()
    {
        var model = await ModelAsync();

        var instance = EntityTable.For<ProcessInstance>(model).UpdateStamped;
        Assert.Contains("\"Status\" = ", instance);
        Assert.Contains("\"Tokens\" = ", instance);
        Assert.Contains("\"DefinitionId\" = ", instance);
        Assert.DoesNotContain("\"BusinessKey\" = ", instance);
        Assert.DoesNotContain("\"UniqueKey\" = ", instance);
        Assert.DoesNotContain("\"ParentInstanceId\" = ", instance);
        Assert.DoesNotContain("\"ProcessKey\" = ", instance);

        var task = EntityTable.For<UserTaskInstance>(model).UpdateStamped;
        Assert.Contains("\"Assignee\" = ", task);
        Assert.Contains("\"CompletedBy\" = ", task);
        Assert.DoesNotContain("\"InstanceId\" = ", task);

        var bookmark = EntityTable.For<Bookmark>(model).Update;
        Assert.Contains("\"DueAt\" = ", bookmark);
        Assert.DoesNotContain("\"MessageName\" = ", bookmark);
        Assert.DoesNotContain("\"CorrelationKey\" = ", bookmark);
        Assert.DoesNotContain("\"InstanceId\" = ", bookmark);
    }

    [Fact]
    public async Task Update_SetsEveryColumnWhosePropertyCanBeSet_InEveryEngineTable()
    {
        var model = await ModelAsync();
        foreach (var entityType in model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()))
        {
            var update = EntityTable.For(model, entityType.ClrType).Update;
            var key = entityType.FindPrimaryKey()!.Properties;
            foreach (var property in entityType.GetProperties().Where(p => !key.Contains(p)))
            {
                var setter = property.PropertyInfo?.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
                var column = property.GetColumnName(StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema()));
                if (initOnly)
                {
                    Assert.DoesNotContain($"\"{column}\" = ", update);
                }
                else
                {
                    Assert.True(update.Contains($"\"{column}\" = ", StringComparison.Ordinal),
                        $"Expected the UPDATE of {entityType.GetTableName()} to set {column}, a property that can change, but it was: {update}");
                }
            }
        }
    }

    private static async Task<IModel> ModelAsync()
    {
        await using var engine = await TestEngine.StartAsync();
        await using var db = await engine.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        return db.Model;
    }
}
