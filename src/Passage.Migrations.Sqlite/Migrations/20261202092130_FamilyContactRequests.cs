using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FamilyContactRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", nullable: false),
                    Relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    RequesterContact = table.Column<string>(type: "TEXT", nullable: false),
                    IdentityCheck = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentityCheckNote = table.Column<string>(type: "TEXT", nullable: true),
                    RequesterKeys = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SoughtName = table.Column<string>(type: "TEXT", nullable: false),
                    SoughtNameOtherScript = table.Column<string>(type: "TEXT", nullable: true),
                    SoughtBirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    SoughtFatherName = table.Column<string>(type: "TEXT", nullable: true),
                    SoughtPlaceOfOrigin = table.Column<string>(type: "TEXT", nullable: true),
                    SoughtKeys = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MatchedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnswerNote = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnswerRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyRequests_Persons_MatchedPersonId",
                        column: x => x.MatchedPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepatriationProgress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DocumentsIssued = table.Column<bool>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepatriationProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepatriationProgress_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyContactsMade",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyContactsMade", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyContactsMade_FamilyRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "FamilyRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyRequestFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyRequestFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyRequestFlags_FamilyRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "FamilyRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "NumberSequences",
                columns: new[] { "Name", "Next" },
                values: new object[] { "family-requests", 1L });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContactsMade_RequestId",
                table: "FamilyContactsMade",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyRequestFlags_RaisedAt",
                table: "FamilyRequestFlags",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyRequestFlags_RequestId",
                table: "FamilyRequestFlags",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyRequests_MatchedPersonId",
                table: "FamilyRequests",
                column: "MatchedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyRequests_Number",
                table: "FamilyRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyRequests_ReceivedAt",
                table: "FamilyRequests",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyRequests_RequesterKeys_ReceivedAt",
                table: "FamilyRequests",
                columns: new[] { "RequesterKeys", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyRequests_SoughtKeys_ReceivedAt",
                table: "FamilyRequests",
                columns: new[] { "SoughtKeys", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RepatriationProgress_CaseId",
                table: "RepatriationProgress",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyContactsMade");

            migrationBuilder.DropTable(
                name: "FamilyRequestFlags");

            migrationBuilder.DropTable(
                name: "RepatriationProgress");

            migrationBuilder.DropTable(
                name: "FamilyRequests");

            migrationBuilder.DeleteData(
                table: "NumberSequences",
                keyColumn: "Name",
                keyValue: "family-requests");
        }
    }
}
