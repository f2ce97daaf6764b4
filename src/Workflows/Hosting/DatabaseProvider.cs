namespace SocialInsurance.Workflows.Hosting;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
