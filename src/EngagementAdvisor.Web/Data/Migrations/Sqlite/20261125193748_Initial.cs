using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EngagementAdvisor.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WeightSetVersions",
                columns: table => new
                {
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WeightsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeightSetVersions", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WeightsVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Control = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScopeStability = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    InHousePm = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DurationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetUsd = table.Column<long>(type: "INTEGER", nullable: false),
                    TeamSize = table.Column<int>(type: "INTEGER", nullable: true),
                    StartUrgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DataSensitivity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    NicheExpertise = table.Column<bool>(type: "INTEGER", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    RecommendedModel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_WeightSetVersions_WeightsVersion",
                        column: x => x.WeightsVersion,
                        principalTable: "WeightSetVersions",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_CreatedAt",
                table: "Assessments",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_TokenHash",
                table: "Assessments",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_WeightsVersion",
                table: "Assessments",
                column: "WeightsVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "WeightSetVersions");
        }
    }
}
