using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyServices.Casework.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LighterTurnWrites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SmsReceipts_ReceivedAt",
                table: "SmsReceipts");

            migrationBuilder.DropIndex(
                name: "IX_Conversations_LastActivityAt",
                table: "Conversations");

            migrationBuilder.DropIndex(
                name: "IX_ConversationMessages_ConversationId_ChannelMessageId",
                table: "ConversationMessages");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessages_ConversationId_ChannelMessageId",
                table: "ConversationMessages",
                columns: new[] { "ConversationId", "ChannelMessageId" },
                filter: "\"ChannelMessageId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConversationMessages_ConversationId_ChannelMessageId",
                table: "ConversationMessages");

            migrationBuilder.CreateIndex(
                name: "IX_SmsReceipts_ReceivedAt",
                table: "SmsReceipts",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_LastActivityAt",
                table: "Conversations",
                column: "LastActivityAt");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationMessages_ConversationId_ChannelMessageId",
                table: "ConversationMessages",
                columns: new[] { "ConversationId", "ChannelMessageId" });
        }
    }
}
