using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseListWaitingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_StageSince_CaseNumber",
                table: "Cases",
                columns: new[] { "StageSince", "CaseNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_StageSince_CaseNumber",
                table: "Cases");
        }
    }
}
