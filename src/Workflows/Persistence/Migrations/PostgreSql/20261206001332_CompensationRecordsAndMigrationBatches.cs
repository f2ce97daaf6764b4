using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialInsurance.Workflows.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CompensationRecordsAndMigrationBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_compensation_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScopeTokenId = table.Column<int>(type: "integer", nullable: true),
                    TokenId = table.Column<int>(type: "integer", nullable: false),
                    ElementId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    HandlerId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Variables = table.Column<string>(type: "text", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_compensation_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_migration_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessKey = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    SourceVersion = table.Column<int>(type: "integer", nullable: false),
                    TargetVersion = table.Column<int>(type: "integer", nullable: false),
                    Mapping = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Migrated = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_migration_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_migration_items",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    BusinessKey = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    PlannedStamp = table.Column<long>(type: "bigint", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProblemCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProblemElementId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProblemArgs = table.Column<string>(type: "text", nullable: true),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_migration_items", x => new { x.BatchId, x.InstanceId });
                    table.ForeignKey(
                        name: "FK_wf_migration_items_wf_migration_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "wf_migration_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_compensation_records_InstanceId",
                table: "wf_compensation_records",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_migration_batches_CreatedAt",
                table: "wf_migration_batches",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_wf_migration_batches_ProcessKey_CreatedAt",
                table: "wf_migration_batches",
                columns: new[] { "ProcessKey", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_migration_items_InstanceId",
                table: "wf_migration_items",
                column: "InstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_compensation_records");

            migrationBuilder.DropTable(
                name: "wf_migration_items");

            migrationBuilder.DropTable(
                name: "wf_migration_batches");
        }
    }
}
