using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BioBridge.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TranslationQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PhraseTranslations",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TranslationJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFailure = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationJobs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationMemoryEntries_Service_CreatedAt",
                table: "TranslationMemoryEntries",
                columns: new[] { "Service", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationJobs_State_Service_NextAttemptAt",
                table: "TranslationJobs",
                columns: new[] { "State", "Service", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationJobs_Subject_SubjectId_Field_TargetLanguage",
                table: "TranslationJobs",
                columns: new[] { "Subject", "SubjectId", "Field", "TargetLanguage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TranslationJobs");

            migrationBuilder.DropIndex(
                name: "IX_TranslationMemoryEntries_Service_CreatedAt",
                table: "TranslationMemoryEntries");

            migrationBuilder.DropColumn(
                name: "PhraseTranslations",
                table: "Organizations");
        }
    }
}
