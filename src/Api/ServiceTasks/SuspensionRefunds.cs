using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.ServiceTasks;

/// <summary>
/// The billing side of a registered 停保, in the suspension step's transaction: once the person is no longer billed
/// (every 险种 suspended), paid months from the suspension on are refunded and stop counting, unpaid periods are cut
/// at it or dropped (<see cref="SuspensionBilling"/>). A step rerun finds the person suspended and does not come here.
/// </summary>
internal static class SuspensionRefunds
{
    public static async Task ApplyAsync(CaseServiceDbContext db, InsuredPerson person, YearMonth suspendedFrom, CancellationToken ct)
    {
        if (person.Status != InsuredStatus.Suspended)
        {
            return;
        }

        var periods = await db.ContributionPeriods.Where(p => p.PersonId == person.Id).ToListAsync(ct);
        var result = SuspensionBilling.Apply(periods, suspendedFrom);
        db.ContributionPeriods.RemoveRange(result.Dropped);
        if (result.RefundedMonths > 0)
        {
            person.WithdrawRefundedMonths(result.RefundedMonths);
        }
    }
}
