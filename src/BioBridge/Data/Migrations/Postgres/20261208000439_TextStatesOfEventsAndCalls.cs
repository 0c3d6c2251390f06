using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BioBridge.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TextStatesOfEventsAndCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextStates",
                table: "EventSession",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextStates",
                table: "Events",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextStates",
                table: "Calls",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextStates",
                table: "CallCriterion",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextStates",
                table: "EventSession");

            migrationBuilder.DropColumn(
                name: "TextStates",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "TextStates",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "TextStates",
                table: "CallCriterion");
        }
    }
}
