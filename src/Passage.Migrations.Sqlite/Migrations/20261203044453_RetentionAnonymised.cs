using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RetentionAnonymised : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnonymisedAt",
                table: "VerificationRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnonymisedAt",
                table: "Persons",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "VerificationRequests");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Persons");
        }
    }
}
