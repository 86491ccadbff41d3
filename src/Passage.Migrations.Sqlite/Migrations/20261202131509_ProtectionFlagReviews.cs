using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProtectionFlagReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProtectionFlagReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FlagKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false),
                    DoneByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DoneByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectionFlagReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectionFlagReviews_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionFlagReviews_FlagKey",
                table: "ProtectionFlagReviews",
                column: "FlagKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectionFlagReviews_PersonId",
                table: "ProtectionFlagReviews",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProtectionFlagReviews");
        }
    }
}
