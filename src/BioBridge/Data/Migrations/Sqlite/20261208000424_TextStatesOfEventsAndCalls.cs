using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BioBridge.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextStates",
                table: "Events",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextStates",
                table: "Calls",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextStates",
                table: "CallCriterion",
                type: "TEXT",
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
