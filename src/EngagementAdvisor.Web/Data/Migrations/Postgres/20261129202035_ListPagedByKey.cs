using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EngagementAdvisor.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListPagedByKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Assessments_CreatedAt",
                table: "Assessments");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_CreatedAt_Id",
                table: "Assessments",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_RecommendedModel_CreatedAt_Id",
                table: "Assessments",
                columns: new[] { "RecommendedModel", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Assessments_CreatedAt_Id",
                table: "Assessments");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_RecommendedModel_CreatedAt_Id",
                table: "Assessments");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_CreatedAt",
                table: "Assessments",
                column: "CreatedAt");
        }
    }
}
