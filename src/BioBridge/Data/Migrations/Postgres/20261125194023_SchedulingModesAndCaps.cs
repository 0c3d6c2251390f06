using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BioBridge.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SchedulingModesAndCaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CapSession",
                table: "Events",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "HalfDay");

            migrationBuilder.AddColumn<int>(
                name: "MaxMeetingsPerSession",
                table: "Events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SchedulingMode",
                table: "Events",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Automatic");

            migrationBuilder.AddColumn<string>(
                name: "ParticipantType",
                table: "Delegates",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.CreateTable(
                name: "MeetingPreferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    FromDelegateId = table.Column<int>(type: "integer", nullable: false),
                    ToDelegateId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingPreferences_Delegates_FromDelegateId",
                        column: x => x.FromDelegateId,
                        principalTable: "Delegates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingPreferences_Delegates_ToDelegateId",
                        column: x => x.ToDelegateId,
                        principalTable: "Delegates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingPreferences_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantTypeCaps",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MaxMeetings = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantTypeCaps", x => new { x.EventId, x.Type });
                    table.ForeignKey(
                        name: "FK_ParticipantTypeCaps_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPreferences_EventId",
                table: "MeetingPreferences",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPreferences_FromDelegateId_ToDelegateId",
                table: "MeetingPreferences",
                columns: new[] { "FromDelegateId", "ToDelegateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPreferences_ToDelegateId",
                table: "MeetingPreferences",
                column: "ToDelegateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingPreferences");

            migrationBuilder.DropTable(
                name: "ParticipantTypeCaps");

            migrationBuilder.DropColumn(
                name: "CapSession",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "MaxMeetingsPerSession",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "SchedulingMode",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ParticipantType",
                table: "Delegates");
        }
    }
}
