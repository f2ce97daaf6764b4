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
    public async Task<IReadOnlyList<DeductionResult>> RunDeductionBatchAsync(
        string period, IEnumerable<(string IdNumber, decimal Amount)> due, CancellationToken ct = default)
    {
        if (!ContributionMonth.IsValid(period))
        {
            throw new ArgumentException($"Expected a period as yyyy-MM, but got '{period}'.", nameof(period));
        }

        var results = new List<DeductionResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await _store.OpenAsync(ct);
            await using var transaction = await _store.BeginWriteAsync(connection, ct);
            foreach (var chunk in due.Chunk(ChunkSize))
            {
                var items = Normalise(chunk).Where(item => seen.Add(item.IdNumber)).ToList();
                var ids = items.Select(item => item.IdNumber).ToList();
                var agreements = await _store.FindAgreementsAsync(connection, transaction, ids, ct);
                var previous = await _store.FindDeductionsAsync(connection, transaction, period, ids, ct);
                foreach (var (idNumber, amount) in items)
                {
                    if (previous.TryGetValue(idNumber, out var earlier) && earlier.Outcome == DeductionOutcome.Succeeded)
                    {
                        results.Add(earlier);
                        continue;
                    }

                    var result = new DeductionResult(
                        idNumber, period, Decide(agreements.GetValueOrDefault(idNumber), idNumber), amount, _time.GetUtcNow(), Guid.NewGuid().ToString("N"));
                    await _store.SaveDeductionAsync(connection, transaction, result, ct);
                    results.Add(result);
                }
            }

            await CommitAsync(transaction);
        }
        finally
        {
            _writeLock.Release();
        }

        return results;
    }

    /// <summary>The latest attempt per distinct person, in the order asked; people never tried are NotAttempted.</summary>
    public async Task<IReadOnlyList<DeductionResult>> GetDeductionResultsAsync(string period, IEnumerable<string> idNumbers, CancellationToken ct = default)
    {
        if (!ContributionMonth.IsValid(period))
        {
            throw new ArgumentException($"Expected a period as yyyy-MM, but got '{period}'.", nameof(period));
        }

        var ids = idNumbers.Select(NormaliseId).Distinct(StringComparer.Ordinal).ToList();
        await using var connection = await _store.OpenAsync(ct);
        var found = await _store.FindDeductionsAsync(connection, null, period, ids, ct);
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
