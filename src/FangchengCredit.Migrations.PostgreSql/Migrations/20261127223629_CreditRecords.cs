using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FangchengCredit.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<long>(type: "bigint", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    EvaluatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    BandGrade = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Override = table.Column<int>(type: "integer", nullable: false),
                    RuleVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NextChange = table.Column<DateOnly>(type: "date", nullable: true),
                    NextChangeGrade = table.Column<int>(type: "integer", nullable: true),
                    ExplanationJson = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<long>(type: "bigint", nullable: true),
                    PersonId = table.Column<long>(type: "bigint", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Severity = table.Column<int>(type: "integer", nullable: true),
                    PublicationEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<long>(type: "bigint", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VoidReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    VoidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    VoidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EnterpriseId = table.Column<long>(type: "bigint", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnterpriseCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    RuleVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    EnterpriseId = table.Column<long>(type: "bigint", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    EvaluatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    BandGrade = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Override = table.Column<int>(type: "integer", nullable: false),
                    RuleVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NextChange = table.Column<DateOnly>(type: "date", nullable: true),
                    NextChangeGrade = table.Column<int>(type: "integer", nullable: true),
                    ExplanationJson = table.Column<string>(type: "text", nullable: false),
                    GradeSince = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    EnterpriseId = table.Column<long>(type: "bigint", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Deaths = table.Column<int>(type: "integer", nullable: false),
                    SeriousInjuries = table.Column<int>(type: "integer", nullable: false),
                    DirectLossYuan = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IsLiability = table.Column<bool>(type: "boolean", nullable: false),
                    Concealed = table.Column<bool>(type: "boolean", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    EnterpriseId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubjectCategory = table.Column<int>(type: "integer", nullable: false),
                    SubjectCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ViolationType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ViolationFacts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PenaltyCategory = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PenaltyContent = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FineFen = table.Column<long>(type: "bigint", nullable: false),
                    ConfiscatedFen = table.Column<long>(type: "bigint", nullable: false),
                    LicenceAffected = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorityCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    DataSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Procedure = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreditRecordId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileType = table.Column<int>(type: "integer", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
