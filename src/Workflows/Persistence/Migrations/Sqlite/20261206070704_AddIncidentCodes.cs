using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialInsurance.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddIncidentCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Args",
                table: "wf_incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "wf_incidents",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Args",
                table: "wf_incidents");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "wf_incidents");
        }
    }
}
