using SocialInsurance.Workflows.Execution.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.Incidents;

internal static class IncidentAssert
{
    /// <summary>The incident was stored with the code and exactly these arguments (read back from the database).</summary>
    public static void HasCause(Incident incident, IncidentCode code, params (string Name, string Value)[] args)
    {
        Assert.Equal(code.Code, incident.Code);
        Assert.Equal(
            args.Select(a => $"{a.Name}={a.Value}").Order(StringComparer.Ordinal),
            (incident.Args ?? new Dictionary<string, string>()).Select(a => $"{a.Key}={a.Value}").Order(StringComparer.Ordinal));
    }
}
