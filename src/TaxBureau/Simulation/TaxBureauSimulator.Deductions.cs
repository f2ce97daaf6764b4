namespace SocialInsurance.TaxBureau.Simulation;

public sealed partial class TaxBureauSimulator
{
    private const int ChunkSize = 500;

    /// <summary>
    /// The bureau's batch deduction for <paramref name="period"/> (<c>yyyy-MM</c>): one result per distinct person,
    /// in the order given. A person already Succeeded in this period keeps that result (same ResultId, no second
    /// charge, even if the amount given now differs), so re-running a batch after a crash is harmless. A person whose
    /// last attempt failed is tried again and gets a new ResultId, as a bank that retries next run. The whole batch
    /// commits in one transaction: it is recorded entirely or not at all.
    /// </summary>
    /// <exception cref="ArgumentException">a malformed period, an empty ID number, or an amount that is not positive.</exception>
    public IReadOnlyList<DeductionResult> RunDeductionBatch(string period, IEnumerable<(string IdNumber, decimal Amount)> due)
    {
        if (!ContributionMonth.IsValid(period))
        {
            throw new ArgumentException($"Expected a period as yyyy-MM, but got '{period}'.", nameof(period));
        }

        var results = new List<DeductionResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        lock (_writeLock)
        {
            using var connection = _store.Open();
            using var transaction = _store.BeginWrite(connection);
            foreach (var chunk in due.Chunk(ChunkSize))
            {
                var items = Normalise(chunk).Where(item => seen.Add(item.IdNumber)).ToList();
                var ids = items.Select(item => item.IdNumber).ToList();
                var agreements = _store.FindAgreements(connection, transaction, ids);
                var previous = _store.FindDeductions(connection, transaction, period, ids);
                foreach (var (idNumber, amount) in items)
                {
                    if (previous.TryGetValue(idNumber, out var earlier) && earlier.Outcome == DeductionOutcome.Succeeded)
                    {
                        results.Add(earlier);
                        continue;
                    }

                    var result = new DeductionResult(
                        idNumber, period, Decide(agreements.GetValueOrDefault(idNumber), idNumber), amount, _time.GetUtcNow(), Guid.NewGuid().ToString("N"));
                    _store.SaveDeduction(connection, transaction, result);
                    results.Add(result);
                }
            }

            transaction.Commit();
        }

        return results;
    }

    /// <summary>The latest attempt per distinct person, in the order asked; people never tried are NotAttempted.</summary>
    public IReadOnlyList<DeductionResult> GetDeductionResults(string period, IEnumerable<string> idNumbers)
    {
        if (!ContributionMonth.IsValid(period))
        {
            throw new ArgumentException($"Expected a period as yyyy-MM, but got '{period}'.", nameof(period));
        }

        var ids = idNumbers.Select(NormaliseId).Distinct(StringComparer.Ordinal).ToList();
        using var connection = _store.Open();
        var found = _store.FindDeductions(connection, null, period, ids);
        return ids.Select(id => found.TryGetValue(id, out var result) ? result : DeductionResult.NotAttempted(id, period)).ToList();
    }

    private static IEnumerable<(string IdNumber, decimal Amount)> Normalise(IEnumerable<(string IdNumber, decimal Amount)> items)
    {
        foreach (var (idNumber, amount) in items)
        {
            var id = NormaliseId(idNumber);
            if (id.Length == 0)
            {
                throw new ArgumentException("Expected an ID number for every person due, but one is empty.", nameof(items));
            }

            if (amount <= 0)
            {
                throw new ArgumentException("Expected a positive amount for every person due.", nameof(items));
            }

            yield return (id, amount);
        }
    }

    private DeductionOutcome Decide(StoredAgreement? agreement, string idNumber)
    {
        if (agreement is not { State: AgreementState.Signed })
        {
            return DeductionOutcome.NoAgreement;
        }

        if (_failingIdNumbers.Contains(idNumber) || _failingAccounts.Contains(agreement.AccountNumber))
        {
            return DeductionOutcome.InsufficientBalance;
        }

        return _failureRate > 0 && _random.NextDouble() < _failureRate
            ? DeductionOutcome.InsufficientBalance
            : DeductionOutcome.Succeeded;
    }
}
