CREATE TABLE "sandbox_channels" (
	"team_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"user_id" text,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_channels_team_id_id_pk" PRIMARY KEY("team_id","id")
);
--> statement-breakpoint
CREATE TABLE "sandbox_files" (
	"team_id" text NOT NULL,
	"id" text NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"mimetype" text DEFAULT 'application/octet-stream' NOT NULL,
	"size" integer DEFAULT 0 NOT NULL,
	"content" "bytea",
	"complete" boolean DEFAULT false NOT NULL,
	"channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_files_team_id_id_pk" PRIMARY KEY("team_id","id")
);
--> statement-breakpoint
CREATE TABLE "sandbox_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sandbox_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"direction" text NOT NULL,
	"name" text NOT NULL,
	"status" integer,
	"ok" boolean DEFAULT true NOT NULL,
	"request" jsonb,
	"response" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sandbox_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"channel" text NOT NULL,
	"ts" text NOT NULL,
	"thread_ts" text,
	"user_id" text NOT NULL,
	"bot_id" text,
	"subtype" text,
	"text" text DEFAULT '' NOT NULL,
	"blocks" jsonb,
	"files" jsonb,
	"ephemeral_for" text,
	"edited_ts" text,
	"reactions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_triggers" (
	"team_id" text NOT NULL,
	"id" text NOT NULL,
	"user_id" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "sandbox_triggers_team_id_id_pk" PRIMARY KEY("team_id","id")
);
--> statement-breakpoint
CREATE TABLE "sandbox_users" (
	"team_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"real_name" text NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"tz" text NOT NULL,
	"locale" text NOT NULL,
	"is_admin" boolean DEFAULT false NOT NULL,
	"is_owner" boolean DEFAULT false NOT NULL,
	"is_bot" boolean DEFAULT false NOT NULL,
	"color" text DEFAULT '#4a154b' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sandbox_users_team_id_id_pk" PRIMARY KEY("team_id","id")
);
--> statement-breakpoint
CREATE TABLE "sandbox_views" (
	"team_id" text NOT NULL,
	"id" text NOT NULL,
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"view" jsonb NOT NULL,
	"hash" text NOT NULL,
	"root_view_id" text,
	"depth" integer DEFAULT 0 NOT NULL,
	"previous_view_id" text,
	"errors" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_views_team_id_id_pk" PRIMARY KEY("team_id","id")
);
--> statement-breakpoint
CREATE TABLE "sandbox_workspaces" (
	"team_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"domain" text NOT NULL,
	"bot_user_id" text NOT NULL,
	"bot_id" text NOT NULL,
	"app_id" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sandbox_log_team_idx" ON "sandbox_log" USING btree ("team_id","id");--> statement-breakpoint
CREATE INDEX "sandbox_messages_channel_ts_idx" ON "sandbox_messages" USING btree ("team_id","channel","ts");--> statement-breakpoint
CREATE INDEX "sandbox_views_user_idx" ON "sandbox_views" USING btree ("team_id","user_id");