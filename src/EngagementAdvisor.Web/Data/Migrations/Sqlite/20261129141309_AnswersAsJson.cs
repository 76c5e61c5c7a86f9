using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EngagementAdvisor.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            // Every stored answer moves into one JSON object, in the API's shape (AnswersJson); json_patch drops the
            // unanswered (null) ones. A deleted result keeps no answers: deleting wipes what it said.
            migrationBuilder.Sql("""
                UPDATE "Assessments" SET "AnswersJson" = CASE WHEN "DeletedAt" IS NOT NULL THEN '{}' ELSE json_patch('{}', json_object(
                    'control', "Control", 'scopeStability', "ScopeStability", 'inHousePm', "InHousePm",
                    'durationMonths', "DurationMonths", 'budgetUsd', "BudgetUsd", 'teamSize', "TeamSize",
                    'startUrgency', "StartUrgency", 'dataSensitivity', "DataSensitivity",
                    'nicheExpertise', CASE "NicheExpertise" WHEN 1 THEN json('true') WHEN 0 THEN json('false') END,
                    'label', "Label")) END;
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Control",
                table: "Assessments",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DataSensitivity",
                table: "Assessments",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DurationMonths",
                table: "Assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "InHousePm",
                table: "Assessments",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Label",
                table: "Assessments",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NicheExpertise",
                table: "Assessments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScopeStability",
                table: "Assessments",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StartUrgency",
                table: "Assessments",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TeamSize",
                table: "Assessments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "Assessments" SET
                    "Control" = COALESCE(json_extract("AnswersJson", '$.control'), ''),
                    "ScopeStability" = COALESCE(json_extract("AnswersJson", '$.scopeStability'), ''),
                    "InHousePm" = COALESCE(json_extract("AnswersJson", '$.inHousePm'), ''),
                    "DurationMonths" = COALESCE(json_extract("AnswersJson", '$.durationMonths'), 0),
                    "BudgetUsd" = COALESCE(json_extract("AnswersJson", '$.budgetUsd'), 0),
                    "TeamSize" = json_extract("AnswersJson", '$.teamSize'),
                    "StartUrgency" = json_extract("AnswersJson", '$.startUrgency'),
                    "DataSensitivity" = json_extract("AnswersJson", '$.dataSensitivity'),
                    "NicheExpertise" = json_extract("AnswersJson", '$.nicheExpertise'),
                    "Label" = json_extract("AnswersJson", '$.label');
                """);

            migrationBuilder.DropColumn(
                name: "AnswersJson",
                table: "Assessments");
        }
    }
}
