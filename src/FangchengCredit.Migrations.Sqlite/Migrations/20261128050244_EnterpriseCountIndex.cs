using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FangchengCredit.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EnterpriseCountIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_HasMajorHazardSource",
                table: "Enterprises",
                column: "HasMajorHazardSource");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_HasMajorHazardSource",
                table: "Enterprises");
        }
    }
}
