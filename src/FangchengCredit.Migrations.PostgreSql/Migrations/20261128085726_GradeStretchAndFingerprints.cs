using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FangchengCredit.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class GradeStretchAndFingerprints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ExplanationHash",
                table: "CurrentCreditGrades",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "FactsFingerprint",
                table: "CurrentCreditGrades",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidThrough",
                table: "CurrentCreditGrades",
                type: "date",
                nullable: true);

            // A grade stored before these columns stood for its own day only, and its hashes are unknown (0): the next
            // regrading evaluates each and rewrites it with its real stretch and hashes (a null stretch would claim it
            // stands indefinitely).
            migrationBuilder.Sql("UPDATE \"CurrentCreditGrades\" SET \"ValidThrough\" = \"AsOf\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExplanationHash",
                table: "CurrentCreditGrades");

            migrationBuilder.DropColumn(
                name: "FactsFingerprint",
                table: "CurrentCreditGrades");

            migrationBuilder.DropColumn(
                name: "ValidThrough",
                table: "CurrentCreditGrades");
        }
    }
}
