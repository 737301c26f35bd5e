using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FangchengCredit.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GradeValidThrough : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidThrough",
                table: "CurrentCreditGrades",
                type: "TEXT",
                nullable: true);

            // A grade stored before this column stood for its own day only: the next regrading gives each its real stretch
            // (null would claim it stands indefinitely).
            migrationBuilder.Sql("UPDATE \"CurrentCreditGrades\" SET \"ValidThrough\" = \"AsOf\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ValidThrough",
                table: "CurrentCreditGrades");
        }
    }
}
