using SocialInsurance.Workflows.Decisions.Model;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Decisions.Parsing;

/// <summary>Required decisions must exist in the same file and must not require, directly or not, the decision itself.</summary>
internal static class RequirementRules
{
    public static void Check(IReadOnlyDictionary<string, Decision> decisions, List<ValidationIssue> issues)
    {
        foreach (var decision in decisions.Values)
        {
            foreach (var required in decision.RequiredDecisions.Where(r => !decisions.ContainsKey(r)))
                issues.Add(new ValidationIssue(decision.Id, "decision", "unknown-required-decision",
                    $"Expected required decision '{required}' in this file, but there is none"));
        }

        foreach (var decision in decisions.Values)
        {
            if (Reaches(decision.Id, decision.Id, decisions, []))
                issues.Add(new ValidationIssue(decision.Id, "decision", "requirement-cycle",
                    $"Expected decision requirements without cycles, but '{decision.Id}' requires itself through its required decisions"));
        }
    }

    private static bool Reaches(string from, string target, IReadOnlyDictionary<string, Decision> decisions, HashSet<string> seen)
    {
        if (!decisions.TryGetValue(from, out var decision))
            return false;
        foreach (var required in decision.RequiredDecisions)
        {
            if (required == target)
                return true;
            if (seen.Add(required) && Reaches(required, target, decisions, seen))
                return true;
        }

        return false;
    }
}
