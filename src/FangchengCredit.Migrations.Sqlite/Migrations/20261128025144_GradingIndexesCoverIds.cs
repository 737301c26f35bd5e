using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FangchengCredit.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GradingIndexesCoverIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CreditRecords_EnterpriseId_Date_Kind_Status_PublicationEnd",
                table: "CreditRecords");

            migrationBuilder.DropIndex(
                name: "IX_AdministrativePenalties_EnterpriseId_Severity",
                table: "AdministrativePenalties");

            migrationBuilder.DropIndex(
                name: "IX_Accidents_Grading",
                table: "Accidents");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_EnterpriseId_Date_Id_Kind_Status_PublicationEnd",
                table: "CreditRecords",
                columns: new[] { "EnterpriseId", "Date", "Id", "Kind", "Status", "PublicationEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativePenalties_EnterpriseId_Severity_Id",
                table: "AdministrativePenalties",
                columns: new[] { "EnterpriseId", "Severity", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Accidents_Grading",
                table: "Accidents",
                columns: new[] { "EnterpriseId", "Grade", "IsLiability", "Deaths", "SeriousInjuries", "Concealed", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CreditRecords_EnterpriseId_Date_Id_Kind_Status_PublicationEnd",
                table: "CreditRecords");

            migrationBuilder.DropIndex(
                name: "IX_AdministrativePenalties_EnterpriseId_Severity_Id",
                table: "AdministrativePenalties");

            migrationBuilder.DropIndex(
                name: "IX_Accidents_Grading",
                table: "Accidents");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_EnterpriseId_Date_Kind_Status_PublicationEnd",
                table: "CreditRecords",
                columns: new[] { "EnterpriseId", "Date", "Kind", "Status", "PublicationEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativePenalties_EnterpriseId_Severity",
                table: "AdministrativePenalties",
                columns: new[] { "EnterpriseId", "Severity" });

            migrationBuilder.CreateIndex(
                name: "IX_Accidents_Grading",
                table: "Accidents",
                columns: new[] { "EnterpriseId", "Grade", "IsLiability", "Deaths", "SeriousInjuries", "Concealed" });
        }
    }
}
