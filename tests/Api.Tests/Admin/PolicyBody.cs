using System.Text.Json.Nodes;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>A valid policy row as an administrator would send it: the Urumqi 2021 figures, with a source.</summary>
public static class PolicyBody
{
    public static JsonObject Valid(decimal upper = 19593m) => new()
    {
        ["averageMonthlyWage"] = 6531m,
        ["baseLowerLimit"] = 3681m,
        ["baseUpperLimit"] = upper,
        ["gradeMode"] = "Free",
        ["rate"] = 0.20m,
        ["personalAccountRate"] = 0.08m,
        ["pooledRate"] = 0.12m,
        ["deductionDay"] = 20,
        ["reminderOffsetsDays"] = new JsonArray(7, 3, 1),
        ["allowPastYearArrears"] = false,
        ["femaleFlexibleWorkerOriginalRetirementAge"] = 55,
        ["source"] = "测试通知 / test notice",
        ["confidence"] = "Medium",
    };
}
