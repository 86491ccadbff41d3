using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProtectionWalkOuts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WalkOuts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Whereabouts = table.Column<string>(type: "TEXT", nullable: false),
                    Asks = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleOfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ResponsibleOfficerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkOuts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalkOuts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WalkOuts_CaseId",
                table: "WalkOuts",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalkOuts_LeftOn",
                table: "WalkOuts",
                column: "LeftOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WalkOuts");
        }
    }
}
