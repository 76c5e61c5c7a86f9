using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EngagementAdvisor.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RankingColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RankingJson",
                table: "Assessments",
                type: "text",
                nullable: true);

            // Every stored result's ranking, copied out of its advice (issue 21): the export and the preview read this.
            migrationBuilder.Sql("""
                UPDATE "Assessments" SET "RankingJson" = ("ResultJson"::jsonb #> '{recommendation,ranking}')::text WHERE "DeletedAt" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RankingJson",
                table: "Assessments");
        }
    }
}
