using System.Text.Json.Nodes;

namespace SocialInsurance.Workflows.Activities;

public sealed record ActivityResult(JsonObject Variables)
{
    public static ActivityResult Empty => new(new JsonObject());

    public static ActivityResult With(params (string Name, JsonNode? Value)[] variables)
    {
        var result = new JsonObject();
        foreach (var (name, value) in variables)
        {
            result[name] = value;
        }

        return new ActivityResult(result);
    }
}
