using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_StageSince_Id",
                table: "Cases");

            migrationBuilder.AddColumn<int>(
                name: "Members",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Each case's members are the persons in it now; a record merged into another as a duplicate is no member.
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "Members" = (SELECT COUNT(*) FROM "Persons" AS p WHERE p."CaseId" = "Cases"."Id" AND p."MergedIntoId" IS NULL);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_StageSince_Id_Members",
                table: "Cases",
                columns: new[] { "Status", "StageSince", "Id", "Members" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Id_Status",
                table: "Cases",
                columns: new[] { "Id", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Id_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_StageSince_Id_Members",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Members",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_StageSince_Id",
                table: "Cases",
                columns: new[] { "Status", "StageSince", "Id" });
        }
    }
}
