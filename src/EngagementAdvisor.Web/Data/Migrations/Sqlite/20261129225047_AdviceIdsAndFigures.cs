using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EngagementAdvisor.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdviceIdsAndFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AdviceForm",
                table: "Assessments",
                type: "INTEGER",
                nullable: false,
                // Every row stored so far holds its words; ProseMigration converts them after start-up.
                defaultValue: 1);

            // A tombstone's advice is already wiped: nothing to convert.
            migrationBuilder.Sql("UPDATE \"Assessments\" SET \"AdviceForm\" = 2 WHERE \"DeletedAt\" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_WithProse",
                table: "Assessments",
                column: "Id",
                filter: "\"AdviceForm\" = 1");
        }

        /// <inheritdoc />
        /// <remarks>The words of converted rows are not written back: the app before this migration cannot show them (docs/operations.md).</remarks>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Assessments_WithProse",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "AdviceForm",
                table: "Assessments");
        }
    }
}
