using System.Text.Json.Nodes;

namespace SocialInsurance.Workflows.Activities;

/// <summary>
/// Camunda Platform 7 element templates from the activity descriptors, so the modeler's palette offers exactly the
/// topics the engine can run. Implementation type and topic are hidden: an administrator cannot point a template at a
/// topic nobody handles. The template version is the descriptor's, so a diagram built on an older template is spotted.
/// </summary>
public static class ElementTemplateGenerator
{
    public const string IdPrefix = "socialinsurance.";

    public static JsonArray Generate(IEnumerable<ActivityDescriptor> descriptors) =>
        [.. descriptors.Select(Template)];

    public static JsonObject Template(ActivityDescriptor descriptor)
    {
        var properties = new JsonArray
        {
            new JsonObject
            {
                ["label"] = "Implementation Type",
                ["type"] = "Hidden",
                ["value"] = "external",
                ["binding"] = new JsonObject { ["type"] = "property", ["name"] = "camunda:type" },
            },
            new JsonObject
            {
                ["label"] = "Topic",
                ["type"] = "Hidden",
                ["value"] = descriptor.Topic,
                ["binding"] = new JsonObject { ["type"] = "property", ["name"] = "camunda:topic" },
            },
        };

        foreach (var input in descriptor.Inputs)
        {
            properties.Add(Parameter(input, "camunda:inputParameter", "name"));
        }

        foreach (var output in descriptor.Outputs)
        {
            properties.Add(Parameter(output, "camunda:outputParameter", "source"));
        }

        return new JsonObject
        {
            ["id"] = IdPrefix + descriptor.Topic,
            ["name"] = descriptor.NameZh,
            ["description"] = $"{descriptor.NameEn} — {descriptor.Description}",
            ["version"] = descriptor.Version,
            // A send task runs by topic exactly like a service task, so every template fits both.
            ["appliesTo"] = new JsonArray("bpmn:ServiceTask", "bpmn:SendTask"),
            ["properties"] = properties,
        };
    }

    /// <summary>
    /// An input binds by parameter name (its value is the expression handed in); an output binds by its source, the
    /// handler's result field, and the administrator picks the variable it lands in (defaulting to the same name).
    /// </summary>
    private static JsonObject Parameter(ActivityParameter parameter, string bindingType, string key)
    {
        var property = new JsonObject
        {
            ["label"] = parameter.Label,
            ["description"] = parameter.Description,
            ["type"] = "String",
            ["binding"] = key == "name"
                ? new JsonObject { ["type"] = bindingType, ["name"] = parameter.Name }
                : new JsonObject { ["type"] = bindingType, ["source"] = "${" + parameter.Name + "}" },
        };
        var value = parameter.DefaultValue ?? (key == "source" ? parameter.Name : null);
        if (value is not null)
        {
            property["value"] = value;
        }

        if (parameter.Required)
        {
            property["constraints"] = new JsonObject { ["notEmpty"] = true };
        }

        return property;
    }
}
