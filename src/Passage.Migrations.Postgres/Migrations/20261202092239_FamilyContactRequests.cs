using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passage.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequesterName = table.Column<string>(type: "text", nullable: false),
                    Relationship = table.Column<int>(type: "integer", nullable: false),
                    RequesterContact = table.Column<string>(type: "text", nullable: false),
                    IdentityCheck = table.Column<int>(type: "integer", nullable: false),
                    IdentityCheckNote = table.Column<string>(type: "text", nullable: true),
                    RequesterKeys = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SoughtName = table.Column<string>(type: "text", nullable: false),
                    SoughtNameOtherScript = table.Column<string>(type: "text", nullable: true),
                    SoughtBirthYear = table.Column<int>(type: "integer", nullable: true),
                    SoughtFatherName = table.Column<string>(type: "text", nullable: true),
                    SoughtPlaceOfOrigin = table.Column<string>(type: "text", nullable: true),
                    SoughtKeys = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    MatchedPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    MatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MatchedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AnswerNote = table.Column<string>(type: "text", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnswerRecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OriginAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    DocumentsIssued = table.Column<bool>(type: "boolean", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
