using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_CaseId",
                table: "Persons");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_CaseId_MergedIntoId",
                table: "Persons",
                columns: new[] { "CaseId", "MergedIntoId" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_RegisteredAt_MergedIntoId",
                table: "Persons",
                columns: new[] { "RegisteredAt", "MergedIntoId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_CaseId_ToStatus_At",
                table: "CaseEvents",
                columns: new[] { "CaseId", "ToStatus", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_ToStatus_At",
                table: "CaseEvents",
                columns: new[] { "ToStatus", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_CaseId_MergedIntoId",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_RegisteredAt_MergedIntoId",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_CaseId_ToStatus_At",
                table: "CaseEvents");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_ToStatus_At",
                table: "CaseEvents");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_CaseId",
                table: "Persons",
                column: "CaseId");
        }
    }
}
