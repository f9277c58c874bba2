CREATE TYPE "public"."day_part" AS ENUM('full', 'morning', 'afternoon');--> statement-breakpoint
CREATE TYPE "public"."leave_type" AS ENUM('vacation', 'sick', 'personal', 'other');--> statement-breakpoint
CREATE TYPE "public"."request_kind" AS ENUM('leave', 'expense', 'equipment', 'general');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('pending', 'approved', 'rejected', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."upload_status" AS ENUM('pending', 'stored', 'rejected', 'failed', 'deleted');--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"request_id" integer,
	"subject_member_id" integer,
	"actor_id" integer,
	"action" text NOT NULL,
	"note" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"member_id" integer NOT NULL,
	"kind" "request_kind" NOT NULL,
	"status" "request_status" DEFAULT 'pending' NOT NULL,
	"leave_type" "leave_type",
	"start_date" date,
	"end_date" date,
	"day_part" "day_part",
	"days" numeric(5, 1),
	"amount" numeric(12, 2),
	"currency" text,
	"expense_date" date,
	"item" text,
	"quantity" integer,
	"needed_by" date,
	"subject" text,
	"details" text,
	"reason" text,
	"decided_by_id" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"approval_channel" text,
	"approval_ts" text,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "uploads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"member_id" integer NOT NULL,
	"slack_file_id" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"channel_id" text,
	"thread_ts" text,
	"reply_ts" text,
	"status" "upload_status" DEFAULT 'pending' NOT NULL,
	"storage_key" text,
	"public_url" text,
	"mime_type" text,
	"bytes" bigint,
	"width" integer,
	"height" integer,
	"link" text,
	"description" text,
	"error" text,
	"request_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_subject_member_id_members_id_fk" FOREIGN KEY ("subject_member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_actor_id_members_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_decided_by_id_members_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "request_events_team_created_idx" ON "request_events" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "requests_member_created_idx" ON "requests" USING btree ("member_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "requests_team_pending_idx" ON "requests" USING btree ("team_id","created_at") WHERE "requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "requests_leave_dates_idx" ON "requests" USING btree ("team_id","start_date","end_date") WHERE "requests"."kind" = 'leave' and "requests"."status" in ('pending', 'approved');--> statement-breakpoint
CREATE UNIQUE INDEX "uploads_team_file_uq" ON "uploads" USING btree ("team_id","slack_file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "uploads_storage_key_uq" ON "uploads" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "uploads_member_created_idx" ON "uploads" USING btree ("member_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "uploads_request_idx" ON "uploads" USING btree ("request_id");