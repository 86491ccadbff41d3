using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passage.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class VerificationAndScreening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScreeningLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ListDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Threshold = table.Column<double>(type: "double precision", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ScreenedThrough = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VerificationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FatherName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    BirthMonth = table.Column<int>(type: "integer", nullable: true),
                    BirthDay = table.Column<int>(type: "integer", nullable: true),
                    OtherNames = table.Column<string>(type: "character varying(1010)", maxLength: 1010, nullable: false),
                    DocumentNumbers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedRegistrationNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    SubmittedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SubmittedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: true),
                    AnsweredRegistrationNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    VerifiedPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnswerNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AnsweredByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ListId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Aliases = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    BirthMonth = table.Column<int>(type: "integer", nullable: true),
                    BirthDay = table.Column<int>(type: "integer", nullable: true),
                    Nationality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FatherName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RemovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreeningEntries_ScreeningLists_ListId",
                        column: x => x.ListId,
                        principalTable: "ScreeningLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningImports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ListDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    Added = table.Column<string>(type: "text", nullable: false),
                    Removed = table.Column<string>(type: "text", nullable: false),
                    Changed = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreeningImports_ScreeningLists_ListId",
                        column: x => x.ListId,
                        principalTable: "ScreeningLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VerificationCandidates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Probability = table.Column<double>(type: "double precision", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerificationCandidates_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VerificationCandidates_VerificationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "VerificationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VerificationFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OtherRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sign = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerificationFlags_VerificationRequests_OtherRequestId",
                        column: x => x.OtherRequestId,
                        principalTable: "VerificationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VerificationFlags_VerificationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "VerificationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningHits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryFingerprint = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Probability = table.Column<double>(type: "double precision", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningHits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreeningHits_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScreeningHits_ScreeningEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ScreeningEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScreeningHits_ScreeningLists_ListId",
                        column: x => x.ListId,
                        principalTable: "ScreeningLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningEntries_ListId_Reference",
                table: "ScreeningEntries",
                columns: new[] { "ListId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningHits_EntryId_PersonId_EntryFingerprint",
                table: "ScreeningHits",
                columns: new[] { "EntryId", "PersonId", "EntryFingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningHits_ListId",
                table: "ScreeningHits",
                column: "ListId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningHits_PersonId",
                table: "ScreeningHits",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningHits_Status_Probability",
                table: "ScreeningHits",
                columns: new[] { "Status", "Probability" });

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningImports_ListId_Revision",
                table: "ScreeningImports",
                columns: new[] { "ListId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VerificationCandidates_PersonId",
                table: "VerificationCandidates",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationCandidates_RequestId_Rank",
                table: "VerificationCandidates",
                columns: new[] { "RequestId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VerificationFlags_OtherRequestId",
                table: "VerificationFlags",
                column: "OtherRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationFlags_RequestId_OtherRequestId",
                table: "VerificationFlags",
                columns: new[] { "RequestId", "OtherRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRequests_CountryCode_SubmittedAt",
                table: "VerificationRequests",
                columns: new[] { "CountryCode", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRequests_SubmittedAt",
                table: "VerificationRequests",
                column: "SubmittedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScreeningHits");

            migrationBuilder.DropTable(
                name: "ScreeningImports");

            migrationBuilder.DropTable(
                name: "VerificationCandidates");

            migrationBuilder.DropTable(
                name: "VerificationFlags");

            migrationBuilder.DropTable(
                name: "ScreeningEntries");

            migrationBuilder.DropTable(
                name: "VerificationRequests");

            migrationBuilder.DropTable(
                name: "ScreeningLists");
        }
    }
}
