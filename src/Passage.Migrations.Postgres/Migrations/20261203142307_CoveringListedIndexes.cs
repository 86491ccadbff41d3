using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CoveringListedIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_BirthYear_RegistrationNumber",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_CampBlock_RegistrationNumber",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_Listed",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_Sex_RegistrationNumber",
                table: "Persons");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_BirthYear_RegistrationNumber_MergedIntoId",
                table: "Persons",
                columns: new[] { "BirthYear", "RegistrationNumber", "MergedIntoId" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_CampBlock_RegistrationNumber_MergedIntoId",
                table: "Persons",
                columns: new[] { "CampBlock", "RegistrationNumber", "MergedIntoId" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Listed",
                table: "Persons",
                columns: new[] { "RegistrationNumber", "MergedIntoId" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Sex_RegistrationNumber_MergedIntoId",
                table: "Persons",
                columns: new[] { "Sex", "RegistrationNumber", "MergedIntoId" },
                filter: "\"MergedIntoId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_BirthYear_RegistrationNumber_MergedIntoId",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_CampBlock_RegistrationNumber_MergedIntoId",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_Listed",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_Sex_RegistrationNumber_MergedIntoId",
                table: "Persons");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_BirthYear_RegistrationNumber",
                table: "Persons",
                columns: new[] { "BirthYear", "RegistrationNumber" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_CampBlock_RegistrationNumber",
                table: "Persons",
                columns: new[] { "CampBlock", "RegistrationNumber" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Listed",
                table: "Persons",
                column: "RegistrationNumber",
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Sex_RegistrationNumber",
                table: "Persons",
                columns: new[] { "Sex", "RegistrationNumber" },
                filter: "\"MergedIntoId\" IS NULL");
        }
    }
}
