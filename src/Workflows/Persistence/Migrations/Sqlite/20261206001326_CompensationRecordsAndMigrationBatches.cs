using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialInsurance.Workflows.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeTokenId = table.Column<int>(type: "INTEGER", nullable: true),
                    TokenId = table.Column<int>(type: "INTEGER", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    HandlerId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Variables = table.Column<string>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_compensation_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_migration_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    SourceVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Mapping = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Migrated = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_migration_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_migration_items",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PlannedStamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProblemCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProblemElementId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProblemArgs = table.Column<string>(type: "TEXT", nullable: true),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
