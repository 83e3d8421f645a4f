using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FamilyServices.Casework.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChannelState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SmsReceipts",
                columns: table => new
                {
                    MessageSid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RepliesJson = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsReceipts", x => x.MessageSid);
                });

            migrationBuilder.CreateTable(
                name: "SmsSessions",
                columns: table => new
                {
                    PhoneNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PendingPagesJson = table.Column<string>(type: "text", nullable: false),
                    ChoicesJson = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsSessions", x => x.PhoneNumber);
                });

            migrationBuilder.CreateTable(
                name: "WebChatConversations",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebChatConversations", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "WebChatActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConversationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Watermark = table.Column<long>(type: "bigint", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebChatActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebChatActivities_WebChatConversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "WebChatConversations",
                        principalColumn: "ConversationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SmsReceipts_ReceivedAt",
                table: "SmsReceipts",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WebChatActivities_At",
                table: "WebChatActivities",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_WebChatActivities_ConversationId_Watermark",
                table: "WebChatActivities",
                columns: new[] { "ConversationId", "Watermark" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebChatConversations_StartedAt",
                table: "WebChatConversations",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SmsReceipts");

            migrationBuilder.DropTable(
                name: "SmsSessions");

            migrationBuilder.DropTable(
                name: "WebChatActivities");

            migrationBuilder.DropTable(
                name: "WebChatConversations");
        }
    }
}
