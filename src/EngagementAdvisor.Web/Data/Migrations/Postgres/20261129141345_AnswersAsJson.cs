using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EngagementAdvisor.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnswersAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            ArgumentNullException.ThrowIfNull(migrationBuilder);
            migrationBuilder.AddColumn<string>(
                name: "AnswersJson",
                table: "Assessments",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            // Every stored answer moves into one JSON object, in the API's shape (AnswersJson), without the unanswered
            // (null) ones. A deleted result keeps no answers: deleting wipes what it said.
            migrationBuilder.Sql("""
                UPDATE "Assessments" SET "AnswersJson" = CASE WHEN "DeletedAt" IS NOT NULL THEN '{}' ELSE jsonb_strip_nulls(jsonb_build_object(
                    'control', "Control", 'scopeStability', "ScopeStability", 'inHousePm', "InHousePm",
                    'durationMonths', "DurationMonths", 'budgetUsd', "BudgetUsd", 'teamSize', "TeamSize",
                    'startUrgency', "StartUrgency", 'dataSensitivity', "DataSensitivity",
                    'nicheExpertise', "NicheExpertise", 'label', "Label"))::text END;
                """);

            migrationBuilder.DropColumn(
                name: "BudgetUsd",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "Control",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "DataSensitivity",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "DurationMonths",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "InHousePm",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "Label",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "NicheExpertise",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "ScopeStability",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "StartUrgency",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "TeamSize",
                table: "Assessments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            ArgumentNullException.ThrowIfNull(migrationBuilder);
            migrationBuilder.AddColumn<long>(
                name: "BudgetUsd",
                table: "Assessments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Control",
                table: "Assessments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DataSensitivity",
                table: "Assessments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DurationMonths",
                table: "Assessments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "InHousePm",
                table: "Assessments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Label",
                table: "Assessments",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NicheExpertise",
                table: "Assessments",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScopeStability",
                table: "Assessments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StartUrgency",
                table: "Assessments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TeamSize",
                table: "Assessments",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "Assessments" SET
                    "Control" = COALESCE("AnswersJson"::jsonb ->> 'control', ''),
                    "ScopeStability" = COALESCE("AnswersJson"::jsonb ->> 'scopeStability', ''),
                    "InHousePm" = COALESCE("AnswersJson"::jsonb ->> 'inHousePm', ''),
                    "DurationMonths" = COALESCE(("AnswersJson"::jsonb ->> 'durationMonths')::integer, 0),
                    "BudgetUsd" = COALESCE(("AnswersJson"::jsonb ->> 'budgetUsd')::bigint, 0),
                    "TeamSize" = ("AnswersJson"::jsonb ->> 'teamSize')::integer,
                    "StartUrgency" = "AnswersJson"::jsonb ->> 'startUrgency',
                    "DataSensitivity" = "AnswersJson"::jsonb ->> 'dataSensitivity',
                    "NicheExpertise" = ("AnswersJson"::jsonb ->> 'nicheExpertise')::boolean,
                    "Label" = "AnswersJson"::jsonb ->> 'label';
                """);

            migrationBuilder.DropColumn(
                name: "AnswersJson",
                table: "Assessments");
        }
    }
}
