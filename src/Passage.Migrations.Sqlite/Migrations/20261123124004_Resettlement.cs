using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Resettlement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Interviewer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Interpreter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InterviewedAlone = table.Column<bool>(type: "INTEGER", nullable: false),
                    OthersPresent = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Choice = table.Column<int>(type: "INTEGER", nullable: false),
                    TravelWithNumbers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProtectionConcerns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConfidentialFromFamily = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interviews_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Pledges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Categories = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pledges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriorityWeights",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    SeriousMedical = table.Column<int>(type: "INTEGER", nullable: false),
                    Disability = table.Column<int>(type: "INTEGER", nullable: false),
                    OlderPerson = table.Column<int>(type: "INTEGER", nullable: false),
                    SingleParent = table.Column<int>(type: "INTEGER", nullable: false),
                    PerMonthWaiting = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyTiesInPledgingCountry = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectionConcerns = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityWeights", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThirdPartyLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThirdPartyLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CountryPreferences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountryPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CountryPreferences_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgeCounters",
                columns: table => new
                {
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeCounters", x => x.PledgeId);
                    table.CheckConstraint("CK_PledgeCounters_NotOverAccepted", "\"Accepted\" >= 0 AND \"Accepted\" <= \"Places\"");
                    table.ForeignKey(
                        name: "FK_PledgeCounters_Pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgeRaises",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeRaises", x => x.Id);
                    table.CheckConstraint("CK_PledgeRaises_Places", "\"Places\" > 0");
                    table.ForeignKey(
                        name: "FK_PledgeRaises_Pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReferredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReferredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ThirdPartyListEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThirdPartyListEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThirdPartyListEntries_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ThirdPartyListEntries_ThirdPartyLists_ListId",
                        column: x => x.ListId,
                        principalTable: "ThirdPartyLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExitClearances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentsReady = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExitPermission = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExitClearances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExitClearances_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralDecisions_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "PriorityWeights",
                columns: new[] { "Id", "Disability", "FamilyTiesInPledgingCountry", "OlderPerson", "PerMonthWaiting", "ProtectionConcerns", "SeriousMedical", "SingleParent", "UpdatedAt", "UpdatedByName" },
                values: new object[] { 1, 20, 10, 15, 2, 25, 30, 15, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_CountryPreferences_CountryCode_InterviewId",
                table: "CountryPreferences",
                columns: new[] { "CountryCode", "InterviewId" });

            migrationBuilder.CreateIndex(
                name: "IX_CountryPreferences_InterviewId",
                table: "CountryPreferences",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ExitClearances_ReferralId",
                table: "ExitClearances",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_PersonId_Sequence",
                table: "Interviews",
                columns: new[] { "PersonId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PledgeRaises_PledgeId",
                table: "PledgeRaises",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_Pledges_CountryCode",
                table: "Pledges",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralDecisions_ReferralId",
                table: "ReferralDecisions",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId",
                table: "Referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CountryCode_Status",
                table: "Referrals",
                columns: new[] { "CountryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PledgeId_Status",
                table: "Referrals",
                columns: new[] { "PledgeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ThirdPartyListEntries_ListId",
                table: "ThirdPartyListEntries",
                column: "ListId");

            migrationBuilder.CreateIndex(
                name: "IX_ThirdPartyListEntries_PersonId",
                table: "ThirdPartyListEntries",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CountryPreferences");

            migrationBuilder.DropTable(
                name: "ExitClearances");

            migrationBuilder.DropTable(
                name: "PledgeCounters");

            migrationBuilder.DropTable(
                name: "PledgeRaises");

            migrationBuilder.DropTable(
                name: "PriorityWeights");

            migrationBuilder.DropTable(
                name: "ReferralDecisions");

            migrationBuilder.DropTable(
                name: "ThirdPartyListEntries");

            migrationBuilder.DropTable(
                name: "Interviews");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "ThirdPartyLists");

            migrationBuilder.DropTable(
                name: "Pledges");
        }
    }
}
