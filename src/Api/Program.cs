using SocialInsurance.Api.Cli;
using SocialInsurance.Api.Infrastructure.Hosting;

if (args.Length > 0 && args[0] == "validate")
{
    return ValidateCommand.Run(args[1..], Console.Out);
}

if (args.Length > 0 && args[0] == "migrate")
{
    return await MigrateCommand.RunAsync(args[1..], Console.Out);
}

if (args.Length > 0 && args[0] == "backup")
{
    return BackupCommand.Run(args[1..], Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSocialInsurance();

var app = builder.Build();
await app.InitializeAsync();
app.UseSocialInsurance();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the API tests.</summary>
public partial class Program;
