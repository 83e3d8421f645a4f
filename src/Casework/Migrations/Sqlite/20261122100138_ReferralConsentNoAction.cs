using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyServices.Casework.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferralConsentNoAction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Referrals_ConsentRecords_ConsentRecordId",
                table: "Referrals");

            migrationBuilder.AddForeignKey(
                name: "FK_Referrals_ConsentRecords_ConsentRecordId",
                table: "Referrals",
                column: "ConsentRecordId",
                principalTable: "ConsentRecords",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Referrals_ConsentRecords_ConsentRecordId",
                table: "Referrals");

            migrationBuilder.AddForeignKey(
                name: "FK_Referrals_ConsentRecords_ConsentRecordId",
                table: "Referrals",
                column: "ConsentRecordId",
                principalTable: "ConsentRecords",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
