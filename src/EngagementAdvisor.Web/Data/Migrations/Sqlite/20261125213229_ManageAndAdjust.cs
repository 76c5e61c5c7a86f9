using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EngagementAdvisor.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ManageAndAdjust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdjustedFromProtected",
                table: "Assessments",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "ManageTokenHash",
                table: "Assessments",
                type: "BLOB",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AdjustedFromProtected",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "ManageTokenHash",
                table: "Assessments");
        }
    }
}
