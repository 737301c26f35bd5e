using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FangchengCredit.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Licensing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConclusionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commitments_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HolidayYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OffDays = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WorkingWeekendDays = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "LicenceTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecisionWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LicenceTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UploadFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UploadStoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UploadContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UploadSizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    UploadSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UploadedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentItems_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeficiencyBans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CommitmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeficiencyBans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeficiencyBans_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeficiencyBans_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Licences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    LicenceTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HolderCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecisionDocumentName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LicenceCategory = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CertificateName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorityCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RevocationProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RevocationConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Licences_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Licences_LicenceTypes_LicenceTypeId",
                        column: x => x.LicenceTypeId,
                        principalTable: "LicenceTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LicenceApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    LicenceTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    GreenChannel = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApplicantGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    StatutoryDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LicenceId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LicenceApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LicenceApplications_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LicenceApplications_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LicenceApplications_LicenceTypes_LicenceTypeId",
                        column: x => x.LicenceTypeId,
                        principalTable: "LicenceTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LicenceApplications_Licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "Licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationMaterials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Received = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationMaterials_LicenceApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "LicenceApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationMaterials_ApplicationId",
                table: "ApplicationMaterials",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentItems_CommitmentId",
                table: "CommitmentItems",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentItems_DueOn",
                table: "CommitmentItems",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_EnterpriseId_ConcludedOn",
                table: "Commitments",
                columns: new[] { "EnterpriseId", "ConcludedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_Status_EnterpriseId",
                table: "Commitments",
                columns: new[] { "Status", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_DeficiencyBans_CommitmentId",
                table: "DeficiencyBans",
                column: "CommitmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeficiencyBans_EnterpriseId_Until",
                table: "DeficiencyBans",
                columns: new[] { "EnterpriseId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_CommitmentId",
                table: "LicenceApplications",
                column: "CommitmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_EnterpriseId_AcceptedOn",
                table: "LicenceApplications",
                columns: new[] { "EnterpriseId", "AcceptedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_LicenceId",
                table: "LicenceApplications",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_LicenceTypeId",
                table: "LicenceApplications",
                column: "LicenceTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_LicenceApplications_Status_GreenChannel_TargetDate",
                table: "LicenceApplications",
                columns: new[] { "Status", "GreenChannel", "TargetDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Licences_EnterpriseId_ValidUntil",
                table: "Licences",
                columns: new[] { "EnterpriseId", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_Licences_LicenceTypeId",
                table: "Licences",
                column: "LicenceTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_Number",
                table: "Licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licences_Status_ValidUntil",
                table: "Licences",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_LicenceTypes_Name",
                table: "LicenceTypes",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationMaterials");

            migrationBuilder.DropTable(
                name: "CommitmentItems");

            migrationBuilder.DropTable(
                name: "DeficiencyBans");

            migrationBuilder.DropTable(
                name: "HolidayYears");

            migrationBuilder.DropTable(
                name: "LicenceApplications");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "Licences");

            migrationBuilder.DropTable(
                name: "LicenceTypes");
        }
    }
}
