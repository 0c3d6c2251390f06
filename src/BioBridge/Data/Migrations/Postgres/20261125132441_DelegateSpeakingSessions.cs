using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BioBridge.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DelegateSpeakingSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<int>>(
                name: "SpeakingSessionIds",
                table: "Delegates",
                type: "integer[]",
                nullable: false,
                // Existing delegates speak at no session.
                defaultValueSql: "'{}'::integer[]");
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
