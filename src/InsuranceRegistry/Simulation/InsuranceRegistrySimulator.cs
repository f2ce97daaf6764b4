using System.Globalization;
using SocialInsurance.InsuranceRegistry.Wire;

namespace SocialInsurance.InsuranceRegistry.Simulation;

/// <summary>
/// A stand-in for the national registry in the default set-up and in tests. An administrator (or a test) seeds what
/// the registry holds about a person (<see cref="SeedAsync"/>), and the wire endpoints answer lookups from it. State lives
/// in a SQLite file, or in the shared PostgreSQL database (<see cref="RegistryDatabase"/>), so a restart keeps the
/// seeded people and every node sees them. The outage switch lets tests watch a case stop at an
/// incident and complete after a retry.
/// </summary>
public sealed class InsuranceRegistrySimulator : IDisposable
{
    /// <summary>100 years of months: more is a typing error, not a career.</summary>
    public const int MaxEmployerMonths = 1200;

    private readonly RegistryStore _store;
    private volatile int _outage;

    /// <param name="database">Null: the SQLite file <see cref="InsuranceRegistrySimulatorOptions.FileName"/> in its <see cref="InsuranceRegistrySimulatorOptions.DataFolder"/>.</param>
    public InsuranceRegistrySimulator(InsuranceRegistrySimulatorOptions options, RegistryDatabase? database = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = new RegistryStore(database ?? RegistryDatabase.Sqlite(Path.Combine(options.DataFolder, options.FileName)));
        OutageDelay = options.OutageDelay;
        _outage = (int)options.Outage;
    }

    public RegistryOutage Outage => (RegistryOutage)_outage;

    public TimeSpan OutageDelay { get; }

    public void SetOutage(RegistryOutage outage) => _outage = (int)outage;

    /// <summary>What the registry holds; a person nobody seeded is <see cref="RegistryPerson.Unknown"/>.</summary>
    public async Task<RegistryPerson> GetAsync(string idNumber, CancellationToken ct = default)
    {
        var id = RegistryWire.Normalise(idNumber);
        return await _store.FindAsync(id, ct) ?? RegistryPerson.Unknown(id);
    }

    /// <summary>Replaces the person's records with <paramref name="person"/>; on any error nothing changes.</summary>
    public async Task<IReadOnlyList<SeedError>> SeedAsync(RegistryPerson person, CancellationToken ct = default)
    {
        var errors = Check(person);
        if (errors.Count == 0)
        {
            await _store.SaveAsync(person with { IdNumber = RegistryWire.Normalise(person.IdNumber) }, ct);
        }

        return errors;
    }

    /// <summary>Forgets the person; true when there was something to forget.</summary>
    public Task<bool> ClearAsync(string idNumber, CancellationToken ct = default) => _store.DeleteAsync(RegistryWire.Normalise(idNumber), ct);

    public void Dispose() => _store.Dispose();

    private static List<SeedError> Check(RegistryPerson person)
    {
        var errors = new List<SeedError>();
        if (!RegistryWire.IsIdNumberShape(person.IdNumber?.Trim()))
        {
            errors.Add(new SeedError("idNumber", "身份证号码应为 18 位", "The ID number must have 18 characters."));
        }

        if (person.EmployerMonths is < 0 or > MaxEmployerMonths)
        {
            errors.Add(new SeedError("employerMonths", $"单位缴费月数应在 0 至 {MaxEmployerMonths} 之间", $"Employer months must lie between 0 and {MaxEmployerMonths}."));
        }

        if (person.PensionSince is { } pension && !IsMonth(pension))
        {
            errors.Add(new SeedError("pensionSince", "领取养老金起始月份应为 yyyy-MM", "The month the pension began must be yyyy-MM."));
        }

        if (person.DiedOn is { } died && !DateOnly.TryParseExact(died, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(new SeedError("diedOn", "死亡日期应为 yyyy-MM-dd", "The date of death must be yyyy-MM-dd."));
        }

        for (var i = 0; i < (person.Enrollments?.Count ?? 0); i++)
        {
            var enrollment = person.Enrollments![i];
            var field = $"enrollments[{i}]";
            if (enrollment.RegionCode is not { Length: >= 2 and <= 6 } region || !region.All(char.IsAsciiDigit))
            {
                errors.Add(new SeedError(field + ".regionCode", "统筹区代码应为 2 至 6 位数字", "The region code must have 2 to 6 digits."));
            }

            if (enrollment.Scheme == RegistryScheme.Employer && string.IsNullOrWhiteSpace(enrollment.EmployerName))
            {
                errors.Add(new SeedError(field + ".employerName", "单位参保须填写单位名称", "An employer enrollment needs the employer's name."));
            }

            if (enrollment.Since is { } since && !IsMonth(since))
            {
                errors.Add(new SeedError(field + ".since", "起始月份应为 yyyy-MM", "The month must be yyyy-MM."));
            }
        }

        if (person.Enrollments is null)
        {
            errors.Add(new SeedError("enrollments", "参保记录列表不能为空值", "The list of enrollments is required (it may be empty)."));
        }

        return errors;
    }

    private static bool IsMonth(string text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
