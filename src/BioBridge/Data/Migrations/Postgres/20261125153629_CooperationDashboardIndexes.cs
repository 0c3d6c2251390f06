using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BioBridge.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CooperationDashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Status_SlotId",
                table: "Meetings",
                columns: new[] { "Status", "SlotId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_CreatedAt",
                table: "MeetingRequests",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_Status_SlotId",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_MeetingRequests_CreatedAt",
                table: "MeetingRequests");
        }
    }
}
