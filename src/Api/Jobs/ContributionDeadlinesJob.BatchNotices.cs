using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Contributions;

namespace SocialInsurance.Api.Jobs;

public sealed partial class ContributionDeadlinesJob
{
    private sealed partial class Batch
    {
        private void Arrears(PersonRow person, List<ContributionPeriod> own)
        {
            foreach (var period in own.Where(p => p.IsOverdue(today)))
            {
                period.MarkInArrears(_month, today);
                MarkChanged(period);
                summary.InArrears++;
                Notify(person.Id, $"arrears:{person.Id}:{period.Period}", ArrearsKind,
                    $"您 {period.Period} 的养老保险费未能按期缴纳，已记为欠费，该期间不计入缴费年限。请尽快补缴或联系经办机构。",
                    $"Your pension contribution for {period.Period} was not paid in time and is now in arrears; those months do not count towards your contribution years. Please pay or contact the social insurance office.");
                summary.ArrearsNotices++;

                var inArrears = own.Count(p => p.Status == ContributionPeriodStatus.InArrears);
                if (settings.ArrearsBeforeSuspensionNotice > 0 && inArrears >= settings.ArrearsBeforeSuspensionNotice)
                {
                    Notify(person.Id, $"arrears-review:{person.Id}:{period.Period}", ReviewKind,
                        $"您已有 {inArrears} 个缴费期间欠费，经办机构将对您的参保记录进行核查。如已不再灵活就业，请办理停保。",
                        $"You now have {inArrears} contribution periods in arrears; the social insurance office will review your record. If you no longer work flexibly, please apply for suspension.");
                    summary.ReviewNotices++;
                }
            }
        }

        private void Remind(PersonRow person, List<ContributionPeriod> own, HashSet<Guid> signed)
        {
            var failedLast = LastDeductionFailed(own);
            if (signed.Contains(person.Id) && !failedLast)
            {
                return;
            }

            foreach (var period in own.Where(p => p.Status != ContributionPeriodStatus.Paid))
            {
                var deduction = deductions.DateOf(period);
                if (today >= deduction)
                {
                    continue;
                }

                var daysBefore = deduction.DayNumber - today.DayNumber;
                // The nearest reminder whose day has come; one missed run does not send the earlier ones late.
                var offset = _policies.For(period.Period.Start.Year).Policy.ReminderOffsetsDays
                    .Where(o => o >= daysBefore).DefaultIfEmpty(-1).Min();
                if (offset < 0)
                {
                    continue;
                }

                var why = signed.Contains(person.Id)
                    ? ("上期扣款未成功，请确认银行账户余额充足", "your last deduction failed; please make sure the account holds enough money")
                    : ("您尚未签订有效的税银扣款协议，请尽快签订", "you have no valid deduction agreement yet; please sign one");
                Notify(person.Id, $"reminder:{person.Id}:{period.Period}:{offset}", ReminderKind,
                    $"{period.Period} 的养老保险费将于 {deduction:yyyy-MM-dd} 扣缴，应缴 {period.Amount.Total} 元；{why.Item1}。",
                    $"Your pension contribution for {period.Period} ({period.Amount.Total} yuan) will be deducted on {deduction:yyyy-MM-dd}; {why.Item2}.");
                summary.Reminders++;
            }
        }

        /// <summary>The latest period whose deduction day has passed: failed if it has a failed attempt and is not paid.</summary>
        private bool LastDeductionFailed(List<ContributionPeriod> own)
        {
            var last = own.Where(p => today > deductions.DateOf(p)).MaxBy(p => p.Period.Start);
            return last is not null && last.Status != ContributionPeriodStatus.Paid && last.FailedAttempts > 0;
        }

        private async Task<HashSet<Guid>> SignedAgreementsAsync(
            List<PersonRow> persons, Dictionary<Guid, List<ContributionPeriod>> periodsByPerson, CancellationToken ct)
        {
            var maxOffset = _policies.For(today.Year).Policy.ReminderOffsetsDays.DefaultIfEmpty(0).Max();
            var candidates = persons
                .Where(p => periodsByPerson.TryGetValue(p.Id, out var own) && own.Any(x =>
                    x.Status != ContributionPeriodStatus.Paid
                    && deductions.DateOf(x).DayNumber - today.DayNumber is var days && days > 0 && days <= Math.Max(maxOffset, 31)))
                .Select(p => p.Id)
                .ToList();
            if (candidates.Count == 0)
            {
                return [];
            }

            var signed = await db.DeductionAgreements.AsNoTracking()
                .Where(a => candidates.Contains(a.PersonId) && a.Status == DeductionAgreementStatus.Signed)
                .Select(a => a.PersonId)
                .ToListAsync(ct);
            return [.. signed];
        }

        private void MarkChanged(ContributionPeriod period)
        {
            if (!_created.Contains(period) && !_changed.Contains(period))
            {
                _changed.Add(period);
            }
        }

        private void Notify(Guid personId, string key, string kind, string zh, string en) =>
            _notifications.Add(new CaseNotification
            {
                Id = KeyedId(key),
                // No case stands behind these: the person's id keys their message box.
                ApplicationId = personId,
                InstanceId = Guid.Empty,
                ElementId = NotificationSource,
                Kind = kind,
                TextZh = zh,
                TextEn = en,
                CreatedAt = now,
            });
    }
}
