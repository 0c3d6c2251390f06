using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BioBridge.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewsJointProject : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "JointProjectId",
                table: "Submissions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_JointProjectId",
                table: "Submissions",
                column: "JointProjectId");

            migrationBuilder.AddForeignKey(
                name: "FK_Submissions_JointProjects_JointProjectId",
                table: "Submissions",
                column: "JointProjectId",
                principalTable: "JointProjects",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Submissions_JointProjects_JointProjectId",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_JointProjectId",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "JointProjectId",
                table: "Submissions");
        }
    }
}
