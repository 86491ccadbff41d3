using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardStageSince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status",
                table: "Cases");

            migrationBuilder.AddColumn<long>(
                name: "StageSince",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Each case entered its current status at its last status change (its opening counts as one), read from its history.
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "StageSince" = COALESCE((SELECT MAX(e."At") FROM "CaseEvents" AS e WHERE e."CaseId" = "Cases"."Id" AND e."ToStatus" IS NOT NULL), "OpenedAt");
                """);

            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_CaseId_ToStatus_At",
                table: "CaseEvents");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_StageSince_Id",
                table: "Cases",
                columns: new[] { "Status", "StageSince", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_StageSince_Id",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StageSince",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status",
                table: "Cases",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_ToStatus_At",
                table: "CaseEvents",
                columns: new[] { "CaseId", "ToStatus", "At" });
        }
    }
}
