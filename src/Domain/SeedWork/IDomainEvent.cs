namespace SocialInsurance.Domain.SeedWork;

/// <summary>Marks something that happened to an aggregate; named in the past tense (STYLE "Naming").</summary>
public interface IDomainEvent;
