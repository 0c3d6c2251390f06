using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BioBridge.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartneringProgramAndFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DelegationId",
                table: "Delegates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Delegations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Delegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Delegations_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Delegations_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Exhibitors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Booth = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hall = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exhibitors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exhibitors_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Exhibitors_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingFollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    DelegateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Happened = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextStepInterest = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OutcomeType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingFollowUps_Delegates_DelegateId",
                        column: x => x.DelegateId,
                        principalTable: "Delegates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingFollowUps_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ItineraryItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DelegationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Starts = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Ends = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItineraryItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItineraryItem_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ItineraryItem_EventSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "EventSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ItineraryItem_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Delegates_DelegationId",
                table: "Delegates",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_ClusterId",
                table: "Delegations",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_EventId",
                table: "Delegations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitors_EventId_OrganizationId",
                table: "Exhibitors",
                columns: new[] { "EventId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitors_OrganizationId",
                table: "Exhibitors",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ItineraryItem_DelegationId",
                table: "ItineraryItem",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_ItineraryItem_OrganizationId",
                table: "ItineraryItem",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ItineraryItem_SessionId",
                table: "ItineraryItem",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFollowUps_DelegateId",
                table: "MeetingFollowUps",
                column: "DelegateId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFollowUps_MeetingId_DelegateId",
                table: "MeetingFollowUps",
                columns: new[] { "MeetingId", "DelegateId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Delegates_Delegations_DelegationId",
                table: "Delegates",
                column: "DelegationId",
                principalTable: "Delegations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Delegates_Delegations_DelegationId",
                table: "Delegates");

            migrationBuilder.DropTable(
                name: "Exhibitors");

            migrationBuilder.DropTable(
                name: "ItineraryItem");

            migrationBuilder.DropTable(
                name: "MeetingFollowUps");

            migrationBuilder.DropTable(
                name: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_Delegates_DelegationId",
                table: "Delegates");

            migrationBuilder.DropColumn(
                name: "DelegationId",
                table: "Delegates");
        }
    }
}
