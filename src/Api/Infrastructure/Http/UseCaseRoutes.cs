using System.Reflection;

namespace SocialInsurance.Api.Infrastructure.Http;

/// <summary>
/// Maps the use cases of one feature folder onto its route group: every public static class of the folder's namespace
/// that has <c>public static void Map(RouteGroupBuilder group)</c>, the method each use case file declares its route
/// in. Adding a use case is adding its file; no hand-kept list of routes can forget one or keep one that is gone.
/// </summary>
public static class UseCaseRoutes
{
    /// <param name="feature">Any type of the feature's namespace (its endpoints class).</param>
    public static RouteGroupBuilder MapUseCasesOf(this RouteGroupBuilder group, Type feature)
    {
        var maps = feature.Assembly.GetTypes()
            .Where(t => t.Namespace == feature.Namespace && t is { IsPublic: true, IsAbstract: true, IsSealed: true })
            .OrderBy(t => t.Name, StringComparer.Ordinal) // the OpenAPI document lists the routes in the same order on every start
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m is { Name: "Map", IsGenericMethod: false } && m.ReturnType == typeof(void)
                && m.GetParameters() is [{ ParameterType: var parameter }] && parameter == typeof(RouteGroupBuilder)); // not a Map(IEndpointRouteBuilder) of its own
        foreach (var map in maps)
        {
            map.Invoke(null, [group]);
        }

        return group;
    }
}
