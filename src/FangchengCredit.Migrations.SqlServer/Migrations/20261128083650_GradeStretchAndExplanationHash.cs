using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FangchengCredit.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class GradeStretchAndExplanationHash : Migration
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

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidThrough",
                table: "CurrentCreditGrades",
                type: "date",
                nullable: true);

            // A grade stored before these columns stood for its own day only, and its explanation's hash is unknown (0): the
            // next regrading rewrites each with its real stretch and hash (a null stretch would claim it stands indefinitely).
            migrationBuilder.Sql("UPDATE [CurrentCreditGrades] SET [ValidThrough] = [AsOf]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExplanationHash",
                table: "CurrentCreditGrades");

            migrationBuilder.DropColumn(
                name: "ValidThrough",
                table: "CurrentCreditGrades");
        }
    }
}
