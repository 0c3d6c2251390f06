using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BioBridge.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DelegateSpeakingSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SpeakingSessionIds",
                table: "Delegates",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SpeakingSessionIds",
                table: "Delegates");
        }
    }
}
