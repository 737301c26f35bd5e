using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FangchengCredit.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CreditRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CreditEvaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvaluatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    BandGrade = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Override = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NextChange = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextChangeGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    ExplanationJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditEvaluations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Severity = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicationEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VoidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VoidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRecords_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnterpriseCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditReports_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CurrentCreditGrades",
                columns: table => new
                {
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvaluatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    BandGrade = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Override = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NextChange = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextChangeGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    ExplanationJson = table.Column<string>(type: "TEXT", nullable: false),
                    GradeSince = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CurrentCreditGrades", x => x.EnterpriseId);
                    table.ForeignKey(
                        name: "FK_CurrentCreditGrades_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Accidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Deaths = table.Column<int>(type: "INTEGER", nullable: false),
                    SeriousInjuries = table.Column<int>(type: "INTEGER", nullable: false),
                    DirectLossYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IsLiability = table.Column<bool>(type: "INTEGER", nullable: false),
                    Concealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accidents_CreditRecords_Id",
                        column: x => x.Id,
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Accidents_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdministrativePenalties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ViolationType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ViolationFacts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PenaltyCategory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PenaltyContent = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FineFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfiscatedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LicenceAffected = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorityCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Procedure = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrativePenalties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdministrativePenalties_CreditRecords_Id",
                        column: x => x.Id,
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdministrativePenalties_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecordEvidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreditRecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileType = table.Column<int>(type: "INTEGER", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordEvidence_CreditRecords_CreditRecordId",
                        column: x => x.CreditRecordId,
                        principalTable: "CreditRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accidents_EnterpriseId_OccurredOn",
                table: "Accidents",
                columns: new[] { "EnterpriseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Accidents_Grade_OccurredOn",
                table: "Accidents",
                columns: new[] { "Grade", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativePenalties_DecisionDate",
                table: "AdministrativePenalties",
                column: "DecisionDate");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativePenalties_DocumentNumber",
                table: "AdministrativePenalties",
                column: "DocumentNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativePenalties_EnterpriseId_DecisionDate",
                table: "AdministrativePenalties",
                columns: new[] { "EnterpriseId", "DecisionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditEvaluations_EnterpriseId_AsOf",
                table: "CreditEvaluations",
                columns: new[] { "EnterpriseId", "AsOf" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_Date",
                table: "CreditRecords",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_EnterpriseId_Date",
                table: "CreditRecords",
                columns: new[] { "EnterpriseId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_PersonId_Date",
                table: "CreditRecords",
                columns: new[] { "PersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_Status_Kind",
                table: "CreditRecords",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditReports_Code",
                table: "CreditReports",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditReports_EnterpriseId_IssuedOn",
                table: "CreditReports",
                columns: new[] { "EnterpriseId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CurrentCreditGrades_Grade_Score",
                table: "CurrentCreditGrades",
                columns: new[] { "Grade", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_CurrentCreditGrades_NextChange",
                table: "CurrentCreditGrades",
                column: "NextChange");

            migrationBuilder.CreateIndex(
                name: "IX_RecordEvidence_CreditRecordId",
                table: "RecordEvidence",
                column: "CreditRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordEvidence_StoredName",
                table: "RecordEvidence",
                column: "StoredName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accidents");

            migrationBuilder.DropTable(
                name: "AdministrativePenalties");

            migrationBuilder.DropTable(
                name: "CreditEvaluations");

            migrationBuilder.DropTable(
                name: "CreditReports");

            migrationBuilder.DropTable(
                name: "CurrentCreditGrades");

            migrationBuilder.DropTable(
                name: "RecordEvidence");

            migrationBuilder.DropTable(
                name: "CreditRecords");
        }
    }
}
